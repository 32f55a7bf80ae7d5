package shop.billing.service.account;

import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import shop.axon.RecentlyUsedCache;

/**
 * How accounts are loaded, so that an account with a long history is as quick as a new one:
 * <ul>
 * <li>a snapshot every {@value #SNAPSHOT_EVERY} events, so a load reads the latest snapshot and at most that many
 * events after it, not the whole history;</li>
 * <li>a cache of the {@value #CACHED} accounts used last, so most loads read nothing at all. It holds them strongly:
 * Axon's weak cache lost most of them at each garbage collection. Sized by the largest account: one that holds its
 * last {@value Account#RETAINED_TRANSACTIONS} transactions takes about 240 KB, so the cache at most about 120 MB.
 * Safe because every command of one account goes to the same instance (one JVM locally; Axon Server routes by the
 * account id in a cluster) and a unit of work that rolls back drops its account from the cache; an account loaded
 * stale would fail its append (the event store keeps one event per aggregate and sequence number) and be loaded
 * again.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class AccountStorage {

    static final String SNAPSHOT_TRIGGER = "accountSnapshotTrigger";
    static final String CACHE = "accountCache";
    static final int SNAPSHOT_EVERY = 100;
    static final int CACHED = 500;

    @Bean(SNAPSHOT_TRIGGER)
    SnapshotTriggerDefinition accountSnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, SNAPSHOT_EVERY);
    }

    @Bean(CACHE)
    Cache accountCache() {
        return new RecentlyUsedCache(CACHED);
    }
}
