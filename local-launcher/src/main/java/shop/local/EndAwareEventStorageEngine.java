package shop.local;

import java.util.List;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Axon's JPA event store, which does not ask the database for events after a position it already knows to be the end
 * ({@link KnownEnd}). The embedded event store's reader asks three times for each commit that stores events: once
 * finding them, then twice finding nothing (its stream reads on until a batch comes back empty, and its loop reads
 * once more after a read that found something). This leaves the first.
 */
final class EndAwareEventStorageEngine extends JpaEventStorageEngine {

    private final KnownEnd end;
    private final TransactionManager transactions;

    EndAwareEventStorageEngine(Builder builder, TransactionManager transactions, KnownEnd end) {
        super(builder.transactionManager(transactions));
        this.transactions = transactions;
        this.end = end;
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        if (end.nothingAfter(lastToken)) {
            return List.of();
        }
        long count = end.beforeRead();
        List<? extends TrackedEventData<?>> events = super.fetchTrackedEvents(lastToken, batchSize);
        if (events.size() < batchSize) {
            end.seenAt(events.isEmpty() ? lastToken : events.getLast().trackingToken(), count);
        }
        return events;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        // Joins the caller's transaction, or opens one for an append made outside any: either way a transaction is
        // there to tell, when it ends, that the end has moved.
        transactions.executeInTransaction(() -> {
            countWhenTransactionEnds();
            super.appendEvents(events, serializer);
        });
    }

    private void countWhenTransactionEnds() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            end.goBlind();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                end.appendEnded();
            }
        });
    }
}
