package shop.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static shop.axon.Tally.charged;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecentlyUsedCacheTest {

    private final AtomicInteger reads = new AtomicInteger();
    private final EmbeddedEventStore events = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine() {
                @Override
                public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
                    reads.incrementAndGet();
                    return super.readEvents(aggregateIdentifier, firstSequenceNumber);
                }
            })
            .build();

    @AfterEach
    void shutDown() {
        events.shutDown();
    }

    @Test
    void anAggregateUsedAMomentAgoIsNotReadAgainAfterAGarbageCollection() {
        events.publish(charged("account-1", 0), charged("account-1", 1));
        CachingEventSourcingRepository<Tally> repository = CachingEventSourcingRepository.builder(Tally.class)
                .eventStore(events)
                .cache(new RecentlyUsedCache(10))
                .build();

        assertThat(countOf(repository, "account-1")).isEqualTo(2);
        // Axon's WeakReferenceCache lost the aggregate here, and the second load read its events again
        System.gc();

        assertThat(countOf(repository, "account-1")).isEqualTo(2);
        assertThat(reads).hasValue(1);
    }

    @Test
    void itKeepsTheEntriesUsedLast_andTellsItsListenersOfEachChange() {
        RecentlyUsedCache cache = new RecentlyUsedCache(2);
        List<String> heard = new ArrayList<>();
        cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryCreated(Object key, Object value) {
                heard.add("created " + key);
            }

            @Override
            public void onEntryUpdated(Object key, Object value) {
                heard.add("updated " + key);
            }

            @Override
            public void onEntryExpired(Object key) {
                heard.add("expired " + key);
            }

            @Override
            public void onEntryRemoved(Object key) {
                heard.add("removed " + key);
            }
        });

        cache.put("a", 1);
        cache.put("b", 2);
        assertThat(cache.<String, Integer>get("a")).isEqualTo(1);
        cache.put("c", 3);
        cache.put("a", 4);
        assertThat(cache.putIfAbsent("a", 5)).isFalse();
        assertThat(cache.remove("c")).isTrue();
        assertThat(cache.remove("c")).isFalse();

        assertThat(cache.containsKey("b")).isFalse();
        assertThat(cache.<String, Integer>get("a")).isEqualTo(4);
        assertThat(heard).containsExactly("created a", "created b", "expired b", "created c", "updated a",
                "removed c");
    }

    private int countOf(CachingEventSourcingRepository<Tally> repository, String id) {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        int count = repository.load(id).invoke(tally -> tally.count);
        unitOfWork.commit();
        return count;
    }
}
