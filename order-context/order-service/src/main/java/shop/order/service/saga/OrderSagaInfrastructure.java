package shop.order.service.saga;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.SimpleDeadlineManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OrderSagaInfrastructure {

    /**
     * Payment deadlines of orders, held in memory: a restart forgets the pending ones. An order whose payment is
     * under way still gets its outcome from billing; only an order whose billing never answers would wait.
     */
    @Bean
    DeadlineManager deadlineManager(org.axonframework.config.Configuration axon, TransactionManager transactions) {
        return SimpleDeadlineManager.builder()
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(axon))
                .transactionManager(transactions)
                .build();
    }
}
