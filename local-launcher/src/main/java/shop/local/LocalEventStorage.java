package shop.local;

import java.time.Duration;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.util.RegisterDefaultEntities;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The events of the local shop, in its PostgreSQL: Axon's JPA store, built as Axon's auto-configuration builds it,
 * which steps back for this bean and with it the registration of the store's entities.
 */
@Configuration(proxyBeanMethods = false)
@RegisterDefaultEntities(packages = "org.axonframework.eventsourcing.eventstore.jpa")
class LocalEventStorage {

    /** Below the embedded event store's poll of one second, so that an idle poll still asks the database. */
    static final Duration END_STAYS_KNOWN = Duration.ofMillis(250);

    @Bean
    EventStorageEngine eventStorageEngine(Serializer serializer, @Qualifier("eventSerializer") Serializer events,
            PersistenceExceptionResolver exceptions, org.axonframework.config.Configuration axon,
            EntityManagerProvider entityManagers, TransactionManager transactions) {
        return new EndAwareEventStorageEngine(JpaEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(events)
                .upcasterChain(axon.upcasterChain())
                .snapshotFilter(axon.snapshotFilter())
                .persistenceExceptionResolver(exceptions)
                .entityManagerProvider(entityManagers), transactions,
                new KnownEnd(END_STAYS_KNOWN, System::nanoTime));
    }
}
