package shop.order.service.journey;

import java.time.Duration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import shop.axon.PacedEventSource;

@Configuration(proxyBeanMethods = false)
class OrderJourneyProcessing {

    /**
     * Up to this many events in one transaction and one token update, when that many are waiting. The journey is
     * not on an order's way to its outcome, so it may lag under load; one event at a time it cost more than any other
     * step of an order. A batch takes only what is there, so at light load the events are let gather first.
     */
    static final int BATCH_SIZE = 100;
    /** How long the tracking journey lets events gather: as long as the pooled one reads apart. */
    static final Duration PACE = Duration.ofMillis(500);

    /**
     * Most steps of a journey are events of billing and notifications. In a cluster those are published in other
     * JVMs, and a subscribing processor sees only the events of its own: the journey has to read the one stream of
     * Axon Server, with its own token, so that it also catches up after a restart and can be rebuilt by a replay.
     *
     * <p>{@code pooled} is for the local shop: a pooled processor reads an embedded event store every half second
     * (Axon's coordinator), so one transaction takes the events of about five orders at 10 orders/s where a tracking
     * one, woken at each commit, takes four transactions for each order; measured, a fifth of the commits per order
     * fewer and the journey's CPU a third ({@code docs/benchmarks.md}, twelfth sitting), for a journey up to half a
     * second later. Through Axon Server, which pushes events, that would not batch; there it is {@code tracking}, on
     * a stream that hands the events on half a second old, for the same batches.
     */
    @Bean
    ConfigurerModule orderJourneysFollowTheWholeEventStream(
            @Value("${shop.orders.journey-processor:tracking}") String kind) {
        if ("pooled".equals(kind)) {
            return configurer -> configurer.eventProcessing()
                    .registerPooledStreamingEventProcessor(OrderJourneyProjection.PROCESSING_GROUP,
                            axon -> axon.eventStore(),
                            (axon, builder) -> builder.batchSize(BATCH_SIZE).initialSegmentCount(1));
        }
        if (!"tracking".equals(kind)) {
            throw new IllegalArgumentException("shop.orders.journey-processor is tracking or pooled, not " + kind);
        }
        return configurer -> configurer.eventProcessing()
                .registerTrackingEventProcessor(OrderJourneyProjection.PROCESSING_GROUP,
                        axon -> new PacedEventSource(axon.eventStore(), PACE),
                        configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(BATCH_SIZE));
    }
}
