package shop.order.service.query;

import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import shop.axon.ReadYourWritesProjection;

@Configuration(proxyBeanMethods = false)
class OrderSummaryProcessing {

    /**
     * Summaries are written in the transaction of the order's own events, so an order can be read as soon as it is
     * placed, and its outcome as soon as it is decided. Only this service writes them.
     */
    @Bean
    ConfigurerModule orderSummariesAreReadYourWrites(ObjectProvider<OrderSummaryRepository> orders,
            ObjectProvider<WaitingRequests> waiting, ReadYourWritesProjection projections) {
        return projections.of(OrderSummaryProjection.PROCESSING_GROUP,
                axon -> new OrderSummaryProjection(orders.getObject(), axon.queryUpdateEmitter(),
                        waiting.getObject()));
    }
}
