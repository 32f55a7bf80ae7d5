package shop.order.service.saga;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OrderSagaProcessing {

    /**
     * Segments, if wanted: each its own thread (and replicas of the service share them), each saga in the one segment
     * its id falls in. The saga waits for none of the commands it sends, so one thread keeps up with many orders; and
     * each segment reads every event and commits its own token: measured on two cores (while the saga still waited),
     * four segments cost more CPU, locally and in a cluster, and decided no more orders. So one unless configured.
     * The segments are counted when the token store is first created; a later change needs a split.
     *
     * <p>Up to ten events a transaction, one token update for them: under load, about a quarter fewer commits per
     * order; a batch takes only the events that are there, so a lone order is not held up. A step that fails rolls
     * its batch back and the batch comes again, which every step allows (the commands it sends are idempotent).
     */
    @Bean
    ConfigurerModule ordersDecidedSideBySide(@Value("${shop.orders.saga-segments:1}") int segments,
            @Value("${shop.orders.saga-batch-size:10}") int batchSize) {
        return configurer -> configurer.eventProcessing()
                .registerTrackingEventProcessor(OrderSaga.PROCESSING_GROUP, axon -> axon.eventStore(),
                        configuration -> TrackingEventProcessorConfiguration.forParallelProcessing(segments)
                                .andInitialSegmentsCount(segments)
                                .andBatchSize(batchSize));
    }
}
