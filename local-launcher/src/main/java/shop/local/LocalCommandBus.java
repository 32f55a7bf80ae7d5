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
     * As many commands at once as this; the others wait for a thread, in order. Fewer than the connection pool has
     * connections, so that commands queue here and not for a connection, where a burst of registrations had more
     * than a hundred of them spinning for the connections that the event processors and the reads need as well
     * ({@code docs/benchmarks.md}, registration). No command handler sends a command and waits for it, so a bounded
     * pool cannot starve itself.
     */
    static final int COMMAND_THREADS = 16;

    /**
     * Every command in a unit of work and a transaction of its own, on a thread of its own, as when Axon Server
     * routes it to a service from a bounded pool of threads. With the default bus a command sent from an event
     * handler would run inside the handler's transaction, and a command refused there would doom the handler's whole
     * transaction.
     */
    @Bean(destroyMethod = "shutdown")
    CommandBus commandBus(TransactionManager transactions, org.axonframework.config.Configuration axon,
            DuplicateCommandHandlerResolver duplicates) {
        AsynchronousCommandBus bus = AsynchronousCommandBus.builder()
                .transactionManager(transactions)
                .duplicateCommandHandlerResolver(duplicates)
                .messageMonitor(axon.messageMonitor(AsynchronousCommandBus.class, "commandBus"))
                .executor(Executors.newFixedThreadPool(COMMAND_THREADS, Thread.ofPlatform().name("command-", 0).factory()))
                .build();
        bus.registerHandlerInterceptor(new CorrelationDataInterceptor<>(axon.correlationDataProviders()));
        return bus;
    }
}
