package shop.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static shop.axon.Tally.charged;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SnapshotFreeRepositoryTest {

    private final AtomicInteger snapshotReads = new AtomicInteger();
    private final AtomicInteger eventReads = new AtomicInteger();
    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine() {
        @Override
        public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
            snapshotReads.incrementAndGet();
            return super.readSnapshot(aggregateIdentifier);
        }

        @Override
        public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
            eventReads.incrementAndGet();
            return super.readEvents(aggregateIdentifier, firstSequenceNumber);
        }
    };
    private Configuration axon;

    @AfterEach
    void shutDown() {
        axon.shutdown();
    }

    @Test
    void anAggregateIsReadFromItsFirstEvent_andNoSnapshotIsAskedFor() {
        Repository<Tally> tallies = configured(c -> SnapshotFreeRepository.of(Tally.class, c));
        storeChargesAndASnapshotThatSaysOtherwise();

        assertThat(countOf(tallies, "tally-1")).isEqualTo(2);
        assertThat(snapshotReads).hasValue(0);
        assertThatThrownBy(() -> countOf(tallies, "tally-2")).isInstanceOf(AggregateNotFoundException.class);
        assertThat(snapshotReads).hasValue(0);
    }

    @Test
    void axonsOwnRepositoryAsksForTheSnapshotFirst() {
        Repository<Tally> tallies = configured(null);
        storeChargesAndASnapshotThatSaysOtherwise();

        assertThat(countOf(tallies, "tally-1")).isEqualTo(100);
        assertThat(snapshotReads).hasValue(1);
    }

    @Test
    void aCacheGivenToItAnswersTheNextLoad() {
        Repository<Tally> tallies = configured(c -> SnapshotFreeRepository.of(Tally.class, c, new RecentlyUsedCache(10)));
        storeChargesAndASnapshotThatSaysOtherwise();

        assertThat(countOf(tallies, "tally-1")).isEqualTo(2);
        assertThat(countOf(tallies, "tally-1")).isEqualTo(2);
        assertThat(eventReads).hasValue(1);
    }

    private Repository<Tally> configured(Function<Configuration, Repository<Tally>> repository) {
        AggregateConfigurer<Tally> tally = AggregateConfigurer.defaultConfiguration(Tally.class);
        if (repository != null) {
            tally.configureRepository(repository);
        }
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> storage)
                .configureAggregate(tally)
                .buildConfiguration();
        return axon.repository(Tally.class);
    }

    private void storeChargesAndASnapshotThatSaysOtherwise() {
        axon.eventStore().publish(charged("tally-1", 0), charged("tally-1", 1));
        Tally snapshot = new Tally("tally-1", 100);
        storage.storeSnapshot(new GenericDomainEventMessage<>(Tally.class.getSimpleName(), "tally-1", 1, snapshot));
    }

    private static int countOf(Repository<Tally> repository, String id) {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            int count = repository.load(id).invoke(tally -> tally.count);
            unitOfWork.commit();
            return count;
        } catch (RuntimeException notFound) {
            unitOfWork.rollback();
            throw notFound;
        }
    }
}
