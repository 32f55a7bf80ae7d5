package shop.order.service.journey;

import java.time.Duration;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import shop.axon.PacedEventSource;

@Configuration(proxyBeanMethods = false)
class OrderJourneyProcessing {

    /** Up to this many events in one transaction and one token update, when that many are waiting. */
    static final int BATCH_SIZE = 100;
    /**
     * The journey is not on an order's way to its outcome, so it lets events gather this long, and takes the events
     * of several orders in one transaction. A tracking processor takes what its stream has, and both Axon Server and
     * the local shop's event store hand each event on as it is stored: one event at a time, the journey cost more
     * than any other step of an order ({@code docs/benchmarks.md}, twelfth and twentieth sittings).
     */
    static final Duration PACE = Duration.ofMillis(500);

    /**
     * Most steps of a journey are events of billing and notifications. In a cluster those are published in other
     * JVMs, and a subscribing processor sees only the events of its own: the journey reads the one event stream,
     * with its own token, so that it also catches up after a restart and can be rebuilt by a replay.
     */
    @Bean
    ConfigurerModule orderJourneysFollowTheWholeEventStream() {
        return configurer -> PacedEventSource.registerTrackingProcessor(configurer.eventProcessing(),
                OrderJourneyProjection.PROCESSING_GROUP, PACE, BATCH_SIZE);
    }
}
