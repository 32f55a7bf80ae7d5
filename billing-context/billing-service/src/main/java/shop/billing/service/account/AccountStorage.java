package shop.billing.service.account;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How accounts are loaded, so that an account with a long history is as quick as a new one:
 * <ul>
 * <li>a snapshot every {@value #SNAPSHOT_EVERY} events, so a load reads the latest snapshot and at most that many
 * events after it, not the whole history;</li>
 * <li>a cache of the accounts in use, so most loads read nothing at all. Safe because every command of one account
 * goes to the same instance (one JVM locally; Axon Server routes by the account id in a cluster) and a unit of
 * work that rolls back drops its account from the cache; an account loaded stale would fail its append (the event
 * store keeps one event per aggregate and sequence number) and be loaded again.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class AccountStorage {

    static final String SNAPSHOT_TRIGGER = "accountSnapshotTrigger";
    static final String CACHE = "accountCache";
    static final int SNAPSHOT_EVERY = 100;

    @Bean(SNAPSHOT_TRIGGER)
    SnapshotTriggerDefinition accountSnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, SNAPSHOT_EVERY);
    }

    @Bean(CACHE)
    Cache accountCache() {
        return new WeakReferenceCache();
    }
}
