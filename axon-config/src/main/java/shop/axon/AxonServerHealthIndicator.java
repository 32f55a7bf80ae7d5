package shop.axon;

import io.axoniq.axonserver.connector.AxonServerConnection;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Whether Axon Server can bring this service its traffic. Connected is not enough: after a reconnect the service's
 * command and query handlers are subscribed again one by one, and until Axon Server has acknowledged them all it
 * answers their messages with "no handler". So the service is up only when its connection is ready, every channel
 * open and every subscription acknowledged. Axon's own indicator is written against the health API of Spring Boot 3
 * and is not found by Boot 4.
 */
public class AxonServerHealthIndicator extends AbstractHealthIndicator {

    private final AxonServerConnectionManager connections;

    public AxonServerHealthIndicator(AxonServerConnectionManager connections) {
        this.connections = connections;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        String context = connections.getDefaultContext();
        AxonServerConnection connection = connections.getConnection(context);
        health.status(connection.isReady() ? "UP" : "DOWN")
                .withDetail("context", context)
                .withDetail("connected", connection.isConnected());
    }
}
