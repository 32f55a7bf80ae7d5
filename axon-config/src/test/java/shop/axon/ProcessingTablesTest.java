package shop.axon;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.jpa.SimpleEntityManagerProvider;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.TokenEntry;
import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.AssociationValuesImpl;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.modelling.saga.repository.jpa.AssociationValueEntry;
import org.axonframework.modelling.saga.repository.jpa.JpaSagaStore;
import org.axonframework.modelling.saga.repository.jpa.SagaEntry;
import org.axonframework.serialization.Serializer;
import org.flywaydb.core.Flyway;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plain SQL stores on the tables that Flyway creates, and on rows that Axon's JPA stores wrote there before.
 */
class ProcessingTablesTest {

    private static final Serializer SERIALIZER = ShopSerializer.create();
    private static EmbeddedPostgres postgres;
    private static DataSource database;
    private static EntityManagerFactory jpa;

    private final SagaStore<Object> sagas = JdbcSagaStore.builder()
            .connectionProvider(new DataSourceConnectionProvider(database))
            .sqlSchema(ProcessingTables.sagas())
            .serializer(SERIALIZER)
            .build();
    private final TokenStore tokens = JdbcTokenStore.builder()
            .connectionProvider(new DataSourceConnectionProvider(database))
            .schema(ProcessingTables.tokens())
            .serializer(SERIALIZER)
            .build();

    @BeforeAll
    static void startDatabase() throws IOException {
        postgres = EmbeddedPostgres.start();
        database = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(database).locations("classpath:db/migration/axon").load().migrate();
        jpa = new HibernatePersistenceConfiguration("axon-as-before")
                .managedClasses(SagaEntry.class, AssociationValueEntry.class, TokenEntry.class)
                .property("hibernate.connection.datasource", database)
                .property("hibernate.dialect", ByteaPostgreSQLDialect.class.getName())
                .property("hibernate.physical_naming_strategy", CamelCaseToUnderscoresNamingStrategy.class.getName())
                .createEntityManagerFactory();
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        jpa.close();
        postgres.close();
    }

    @Test
    void aSagaIsFoundByItsAssociationAndComesBackAsItWasStored() {
        Checkout checkout = new Checkout("order-1", new BigDecimal("12.50"));
        sagas.insertSaga(Checkout.class, "saga-1", checkout,
                Set.of(new AssociationValue("orderId", "order-1"), new AssociationValue("userId", "ann")));
        sagas.insertSaga(Checkout.class, "saga-2", new Checkout("order-2", BigDecimal.ONE),
                Set.of(new AssociationValue("orderId", "order-2"), new AssociationValue("userId", "ann")));

        assertThat(sagas.findSagas(Checkout.class, new AssociationValue("orderId", "order-1")))
                .containsExactly("saga-1");
        assertThat(sagas.findSagas(Checkout.class, new AssociationValue("userId", "ann")))
                .containsExactlyInAnyOrder("saga-1", "saga-2");
        SagaStore.Entry<Checkout> stored = sagas.loadSaga(Checkout.class, "saga-1");
        assertThat(stored.saga()).usingRecursiveComparison().isEqualTo(checkout);
        assertThat(stored.associationValues()).containsExactlyInAnyOrder(
                new AssociationValue("orderId", "order-1"), new AssociationValue("userId", "ann"));
    }

    @Test
    void aStepChangesTheSagaAndItsAssociations_andAnEndedSagaLeavesNothing() {
        sagas.insertSaga(Checkout.class, "saga-3", new Checkout("order-3", BigDecimal.TEN),
                Set.of(new AssociationValue("orderId", "order-3")));
        AssociationValuesImpl associations = new AssociationValuesImpl(
                Set.of(new AssociationValue("orderId", "order-3")));
        associations.add(new AssociationValue("paymentId", "pay-3"));
        associations.remove(new AssociationValue("orderId", "order-3"));
        Checkout paid = new Checkout("order-3", BigDecimal.TEN);
        paid.paid = true;

        sagas.updateSaga(Checkout.class, "saga-3", paid, associations);

        assertThat(sagas.findSagas(Checkout.class, new AssociationValue("orderId", "order-3"))).isEmpty();
        assertThat(sagas.findSagas(Checkout.class, new AssociationValue("paymentId", "pay-3")))
                .containsExactly("saga-3");
        assertThat(sagas.loadSaga(Checkout.class, "saga-3").saga().paid).isTrue();

        sagas.deleteSaga(Checkout.class, "saga-3", Set.of(new AssociationValue("paymentId", "pay-3")));

        assertThat(sagas.loadSaga(Checkout.class, "saga-3")).isNull();
        assertThat(sagas.findSagas(Checkout.class, new AssociationValue("paymentId", "pay-3"))).isEmpty();
    }

    @Test
    void aSagaThatTheJpaStoreWroteGoesOn_andTheirAssociationIdsNeverMeet() {
        storedByJpa("saga-4", "order-4");

        assertThat(sagas.findSagas(Checkout.class, new AssociationValue("orderId", "order-4")))
                .containsExactly("saga-4");
        assertThat(sagas.loadSaga(Checkout.class, "saga-4").saga().orderId).isEqualTo("order-4");
        sagas.insertSaga(Checkout.class, "saga-5", new Checkout("order-5", BigDecimal.ONE),
                Set.of(new AssociationValue("orderId", "order-5")));
        storedByJpa("saga-6", "order-6");

        assertThat(sagas.findSagas(Checkout.class, new AssociationValue("orderId", "order-6")))
                .containsExactly("saga-6");
        assertThat(sagas.findSagas(Checkout.class, new AssociationValue("orderId", "order-5")))
                .containsExactly("saga-5");
    }

    @Test
    void aReplayTokenThatTheJpaStoreWroteComesBackAsTheSameReplay() {
        TrackingToken replay = ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(41),
                new GlobalSequenceTrackingToken(3));
        inJpa(em -> {
            TokenStore before = JpaTokenStore.builder().entityManagerProvider(new SimpleEntityManagerProvider(em))
                    .serializer(SERIALIZER).build();
            before.initializeTokenSegments("projection", 1);
            before.fetchToken("projection", 0);
            before.storeToken(replay, "projection", 0);
            before.releaseClaim("projection", 0);
        });

        assertThat(tokens.fetchToken("projection", 0)).isEqualTo(replay);
        TrackingToken further = ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(41),
                new GlobalSequenceTrackingToken(9));
        tokens.storeToken(further, "projection", 0);
        tokens.releaseClaim("projection", 0);
        assertThat(tokens.fetchToken("projection", 0)).isEqualTo(further);
    }

    private static void storedByJpa(String sagaId, String orderId) {
        inJpa(em -> JpaSagaStore.builder().entityManagerProvider(new SimpleEntityManagerProvider(em))
                .serializer(SERIALIZER).build()
                .insertSaga(Checkout.class, sagaId, new Checkout(orderId, BigDecimal.TWO),
                        Set.of(new AssociationValue("orderId", orderId))));
    }

    private static void inJpa(Consumer<EntityManager> work) {
        try (EntityManager em = jpa.createEntityManager()) {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        }
    }

    static class Checkout {

        private String orderId;
        private BigDecimal price;
        private boolean paid;

        Checkout() {
        }

        Checkout(String orderId, BigDecimal price) {
            this.orderId = orderId;
            this.price = price;
        }
    }
}
