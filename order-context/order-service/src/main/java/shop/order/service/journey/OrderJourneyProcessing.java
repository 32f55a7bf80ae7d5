package shop.order.service.journey;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OrderJourneyProcessing {

    /**
     * Most steps of a journey are events of billing and notifications. In a cluster those are published in other
     * JVMs, and a subscribing processor sees only the events of its own: the journey has to read the one stream of
     * Axon Server, with its own token, so that it also catches up after a restart and can be rebuilt by a replay.
     */
    @Bean
    ConfigurerModule orderJourneysFollowTheWholeEventStream() {
        return configurer -> configurer.eventProcessing()
                .registerTrackingEventProcessor(OrderJourneyProjection.PROCESSING_GROUP);
    }
}
