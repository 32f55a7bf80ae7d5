package shop.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.deadline.GenericDeadlineMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.AssociationValuesImpl;
import org.axonframework.modelling.saga.SagaStorageException;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.Serializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A saga's later steps read it from memory, as the last commit left it, and a write over a saga that another JVM has
 * taken on since is refused: two stores on one database play the two replicas of a service.
 */
class CachedSagaStoreTest {

    private static final Serializer SERIALIZER = ShopSerializer.create();
    private static final AssociationValue ORDER_1 = new AssociationValue("orderId", "order-1");
    private static EmbeddedPostgres postgres;
    private static DataSource database;

    private final AtomicInteger connections = new AtomicInteger();
    private final CachedSagaStore here = storeCounting(connections);
    private final CachedSagaStore elsewhere = storeCounting(new AtomicInteger());

    @BeforeAll
    static void startDatabase() throws IOException {
        postgres = EmbeddedPostgres.start();
        database = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(database).locations("classpath:db/migration/axon").load().migrate();
    }

    /** A test that fails inside a unit of work leaves it on the thread, where the next test would run in it. */
    @AfterEach
    void endWhatIsLeft() {
        while (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().rollback();
        }
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        postgres.close();
    }

    @Test
    void aSagaIsReadFromMemoryAfterItsFirstStep_asTheLastCommitLeftIt() {
        committed(() -> here.insertSaga(Order.class, "saga-1", new Order(10), Set.of(ORDER_1)));
        connections.set(0);

        SagaStore.Entry<Order> first = committed(() -> {
            SagaStore.Entry<Order> entry = here.loadSaga(Order.class, "saga-1");
            entry.saga().paid = true;
            here.updateSaga(Order.class, "saga-1", entry.saga(), new AssociationValuesImpl(entry.associationValues()));
            return entry;
        });
        SagaStore.Entry<Order> second = committed(() -> here.loadSaga(Order.class, "saga-1"));

        assertThat(first.saga().price).isEqualTo(10);
        assertThat(second.saga().paid).isTrue();
        assertThat(second.associationValues()).containsExactly(ORDER_1);
        assertThat(second.saga()).isNotSameAs(first.saga());
        assertThat(connections).as("connections: the update's only").hasValue(1);
        assertThat(committed(() -> elsewhere.loadSaga(Order.class, "saga-1")).saga().paid).isTrue();
    }

    @Test
    void aStepRolledBackLeavesNothingInMemory() {
        committed(() -> here.insertSaga(Order.class, "saga-2", new Order(20), Set.of(ORDER_1)));

        UnitOfWork<?> step = DefaultUnitOfWork.startAndGet(null);
        SagaStore.Entry<Order> entry = here.loadSaga(Order.class, "saga-2");
        entry.saga().paid = true;
        here.updateSaga(Order.class, "saga-2", entry.saga(), new AssociationValuesImpl(entry.associationValues()));
        step.rollback();

        assertThat(committed(() -> here.loadSaga(Order.class, "saga-2")).saga().paid).isFalse();
        assertThat(committed(() -> elsewhere.loadSaga(Order.class, "saga-2")).saga().paid).isFalse();
    }

    @Test
    void aSagaTakenOnElsewhereIsNotWrittenOverFromMemory_andIsReadAgainAfterTheRollback() {
        committed(() -> here.insertSaga(Order.class, "saga-3", new Order(30), Set.of(ORDER_1)));
        committed(() -> here.loadSaga(Order.class, "saga-3"));
        committed(() -> {
            SagaStore.Entry<Order> entry = elsewhere.loadSaga(Order.class, "saga-3");
            entry.saga().paid = true;
            elsewhere.updateSaga(Order.class, "saga-3", entry.saga(),
                    new AssociationValuesImpl(entry.associationValues()));
        });

        UnitOfWork<?> stale = DefaultUnitOfWork.startAndGet(null);
        SagaStore.Entry<Order> behind = here.loadSaga(Order.class, "saga-3");
        behind.saga().price = 31;
        assertThatThrownBy(() -> here.updateSaga(Order.class, "saga-3", behind.saga(),
                new AssociationValuesImpl(behind.associationValues())))
                .isInstanceOf(SagaStorageException.class).hasMessageContaining("changed or ended elsewhere");
        stale.rollback();

        Order now = committed(() -> here.loadSaga(Order.class, "saga-3")).saga();
        assertThat(now.paid).isTrue();
        assertThat(now.price).isEqualTo(30);
    }

    @Test
    void aDeadlineReadsItsSagaFromTheDatabase_whereverTheSagaWasTakenOnSince() {
        committed(() -> here.insertSaga(Order.class, "saga-5", new Order(50), Set.of(ORDER_1)));
        committed(() -> {
            SagaStore.Entry<Order> entry = elsewhere.loadSaga(Order.class, "saga-5");
            entry.saga().paid = true;
            elsewhere.updateSaga(Order.class, "saga-5", entry.saga(),
                    new AssociationValuesImpl(entry.associationValues()));
        });

        UnitOfWork<?> deadline = DefaultUnitOfWork.startAndGet(GenericDeadlineMessage.asDeadlineMessage(
                "payment-deadline", null, Instant.now()));
        SagaStore.Entry<Order> overdue = here.loadSaga(Order.class, "saga-5");
        overdue.saga().price = 51;
        here.updateSaga(Order.class, "saga-5", overdue.saga(),
                new AssociationValuesImpl(overdue.associationValues()));
        deadline.commit();

        Order stored = committed(() -> storeCounting(new AtomicInteger()).loadSaga(Order.class, "saga-5")).saga();
        assertThat(stored.paid).isTrue();
        assertThat(stored.price).isEqualTo(51);
    }

    @Test
    void aSagaEndedElsewhereIsNotEndedAgain_andAnEndedSagaIsGoneFromMemoryAndTheDatabase() {
        committed(() -> here.insertSaga(Order.class, "saga-4", new Order(40), Set.of(ORDER_1)));
        committed(() -> here.loadSaga(Order.class, "saga-4"));
        committed(() -> {
            elsewhere.loadSaga(Order.class, "saga-4");
            elsewhere.deleteSaga(Order.class, "saga-4", Set.of(ORDER_1));
        });

        UnitOfWork<?> stale = DefaultUnitOfWork.startAndGet(null);
        here.loadSaga(Order.class, "saga-4");
        assertThatThrownBy(() -> here.deleteSaga(Order.class, "saga-4", Set.of(ORDER_1)))
                .isInstanceOf(SagaStorageException.class);
        stale.rollback();

        assertThat(committed(() -> here.loadSaga(Order.class, "saga-4"))).isNull();
        assertThat(committed(() -> here.findSagas(Order.class, ORDER_1))).doesNotContain("saga-4");
    }

    private static CachedSagaStore storeCounting(AtomicInteger connections) {
        ConnectionProvider inTheUnitOfWork = new UnitOfWorkAwareConnectionProviderWrapper(() -> {
            connections.incrementAndGet();
            Connection connection = database.getConnection();
            connection.setAutoCommit(false);
            return connection;
        });
        return new CachedSagaStore(inTheUnitOfWork, ProcessingTables.sagas(), SERIALIZER, 10);
    }

    private static void committed(Runnable work) {
        committed(() -> {
            work.run();
            return null;
        });
    }

    private static <T> T committed(Supplier<T> work) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        T result = work.get();
        unitOfWork.commit();
        return result;
    }

    static class Order {

        private int price;
        private boolean paid;

        Order() {
        }

        Order(int price) {
            this.price = price;
        }
    }
}
