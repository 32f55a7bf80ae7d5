package shop.local;

import java.util.concurrent.Executors;
import org.axonframework.commandhandling.AsynchronousCommandBus;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.DuplicateCommandHandlerResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LocalCommandBus {

    /**
     * Every command in a unit of work and a transaction of its own, on a thread of its own, as when Axon Server
     * routes it to a service. With the default bus a command sent from an event handler would run inside the
     * handler's transaction, and a command refused there would doom the handler's whole transaction.
     */
    @Bean(destroyMethod = "shutdown")
    CommandBus commandBus(TransactionManager transactions, org.axonframework.config.Configuration axon,
            DuplicateCommandHandlerResolver duplicates) {
        AsynchronousCommandBus bus = AsynchronousCommandBus.builder()
                .transactionManager(transactions)
                .duplicateCommandHandlerResolver(duplicates)
                .messageMonitor(axon.messageMonitor(AsynchronousCommandBus.class, "commandBus"))
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
        bus.registerHandlerInterceptor(new CorrelationDataInterceptor<>(axon.correlationDataProviders()));
        return bus;
    }
}
