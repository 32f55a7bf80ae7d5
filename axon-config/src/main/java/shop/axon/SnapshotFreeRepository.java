package shop.axon;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.RepositorySpanFactory;
import org.axonframework.modelling.command.inspection.AggregateMetaModelFactory;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;

/**
 * The repository of an aggregate that takes no snapshots: it reads the aggregate's events from the first one,
 * without asking for a snapshot first. Axon's own asks at every load it does not answer from a cache, and the order,
 * the payment and the email are each loaded once by the command that creates them, to find that they do not exist
 * yet (that look is what makes the command safe to send twice). Locally that was a query of the snapshot table for
 * nothing, three per order; through Axon Server, a look through its snapshots for nothing.
 *
 * <p>Correct whatever is stored: a snapshot, if one were ever taken, is only left unread. Built as Axon's Spring
 * configuration builds an aggregate's repository, which it leaves out when {@code @Aggregate(repository = ...)} names
 * one; so a cache is given here, not in the annotation. Without one it caches nothing ({@link NoCache}), so that one
 * class serves both.
 */
public final class SnapshotFreeRepository<T> extends CachingEventSourcingRepository<T> {

    private final EventStore eventStore;

    private SnapshotFreeRepository(EventSourcingRepository.Builder<T> builder, EventStore eventStore) {
        super(builder);
        this.eventStore = eventStore;
    }

    public static <T> SnapshotFreeRepository<T> of(Class<T> aggregateType, Configuration axon) {
        return of(aggregateType, axon, NoCache.INSTANCE);
    }

    public static <T> SnapshotFreeRepository<T> of(Class<T> aggregateType, Configuration axon, Cache cache) {
        AggregateMetaModelFactory models = axon.getComponent(
                AggregateMetaModelFactory.class,
                () -> new AnnotatedAggregateMetaModelFactory(axon.parameterResolverFactory(),
                                                             axon.handlerDefinition(aggregateType)));
        EventStore events = axon.eventStore();
        EventSourcingRepository.Builder<T> builder = EventSourcingRepository.builder(aggregateType)
                .aggregateModel(models.createModel(aggregateType))
                .aggregateFactory(axon.aggregateFactory(aggregateType))
                .eventStore(events)
                .repositoryProvider(axon::repository)
                .spanFactory(axon.getComponent(RepositorySpanFactory.class))
                .cache(cache);
        return new SnapshotFreeRepository<>(builder, events);
    }

    @Override
    protected DomainEventStream readEvents(String aggregateIdentifier) {
        return eventStore.readEvents(aggregateIdentifier, 0);
    }
}
