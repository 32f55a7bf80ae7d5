package shop.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import shop.contract.TestedShop;
import shop.contract.TheShop;

/**
 * The local event store skips reads it knows would find nothing, and still misses no event; it stores an event in the
 * transaction of its caller.
 */
@ExtendWith(TheShop.class)
class EndAwareEventStorageEngineTest {

    /** An event no handler of the shop takes. */
    record Remark(String text) {
    }

    private EventStorageEngine storage;
    private TransactionManager transactions;

    @BeforeEach
    void connect(TestedShop shop) {
        storage = ((LocalTestedShop) shop).context().getBean(EventStorageEngine.class);
        transactions = ((LocalTestedShop) shop).context().getBean(TransactionManager.class);
    }

    @Test
    void anEventCommittedAfterOneWithAHigherIndexIsStillRead() throws Exception {
        TrackingToken start = storage.createHeadToken();
        CountDownLatch earlyAppended = new CountDownLatch(1);
        CountDownLatch commitEarly = new CountDownLatch(1);
        CompletableFuture<Void> early = CompletableFuture.runAsync(() -> {
            Transaction transaction = transactions.startTransaction();
            storage.appendEvents(new GenericEventMessage<>(new Remark("early")));
            earlyAppended.countDown();
            await(commitEarly);
            transaction.commit();
        });
        await(earlyAppended);
        transactions.executeInTransaction(() -> storage.appendEvents(new GenericEventMessage<>(new Remark("late"))));

        List<TrackedEventMessage<?>> first = remarksAfter(start);
        assertThat(texts(first)).containsExactly("late");
        TrackingToken afterLate = first.getLast().trackingToken();
        assertThat(remarksAfter(afterLate)).as("while the early one is not committed").isEmpty();

        commitEarly.countDown();
        early.get();
        assertThat(texts(remarksAfter(afterLate))).containsExactly("early");
    }

    @Test
    void anEventAppendedAfterTheEndWasSeenIsRead() {
        TrackingToken start = storage.createHeadToken();
        assertThat(remarksAfter(start)).isEmpty();
        assertThat(remarksAfter(start)).isEmpty();

        transactions.executeInTransaction(() -> storage.appendEvents(new GenericEventMessage<>(new Remark("next"))));

        assertThat(texts(remarksAfter(start))).containsExactly("next");
    }

    @Test
    void anEventGoesWithTheTransactionItWasAppendedIn() {
        TrackingToken start = storage.createHeadToken();

        Transaction undone = transactions.startTransaction();
        storage.appendEvents(new GenericEventMessage<>(new Remark("undone")));
        undone.rollback();
        transactions.executeInTransaction(() -> storage.appendEvents(new GenericEventMessage<>(new Remark("done"))));

        assertThat(texts(remarksAfter(start))).containsExactly("done");
    }

    private List<TrackedEventMessage<?>> remarksAfter(TrackingToken token) {
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(token, false)) {
            return events.filter(event -> event.getPayloadType().equals(Remark.class))
                    .<TrackedEventMessage<?>>map(event -> event).toList();
        }
    }

    private static List<String> texts(List<TrackedEventMessage<?>> events) {
        return events.stream().map(event -> ((Remark) event.getPayload()).text()).toList();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
