package shop.order.service.query;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OrderSummaryProcessing {

    /**
     * Summaries are written in the transaction of the order's own events, so an order can be read as soon as it is
     * placed, and its outcome as soon as it is decided. Only this service writes them.
     */
    @Bean
    ConfigurerModule orderSummariesAreReadYourWrites() {
        return configurer -> configurer.eventProcessing()
                .registerSubscribingEventProcessor(OrderSummaryProjection.PROCESSING_GROUP);
    }
}
