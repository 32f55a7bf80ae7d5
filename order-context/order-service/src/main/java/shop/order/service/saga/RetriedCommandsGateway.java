package shop.order.service.saga;

import java.util.concurrent.Executors;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGatewayFactory;
import org.axonframework.commandhandling.gateway.ExponentialBackOffIntervalRetryScheduler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import shop.order.api.OrderRejection;

@Configuration(proxyBeanMethods = false)
class RetriedCommandsGateway {

    private static final long FIRST_RETRY_MILLIS = 250;
    private static final int RETRIES = 7;

    @Bean
    RetriedCommands retriedCommands(CommandBus commandBus) {
        ExponentialBackOffIntervalRetryScheduler retries = ExponentialBackOffIntervalRetryScheduler.builder()
                .retryExecutor(Executors.newSingleThreadScheduledExecutor(
                        Thread.ofPlatform().name("saga-retries").daemon().factory()))
                .backoffFactor(FIRST_RETRY_MILLIS)
                .maxRetryCount(RETRIES)
                .nonTransientFailurePredicate(RetriedCommandsGateway::decidedOtherwise)
                .build();
        return CommandGatewayFactory.builder().commandBus(commandBus).retryScheduler(retries).build()
                .createGateway(RetriedCommands.class);
    }

    static boolean decidedOtherwise(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CommandExecutionException refused
                    && refused.getDetails().orElse(null) == OrderRejection.ORDER_DECIDED) {
                return true;
            }
        }
        return false;
    }
}
