package shop.axon;

import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Whether this service is connected to Axon Server, which carries all its commands, events and queries. Axon's own
 * indicator is written against the health API of Spring Boot 3 and is not found by Boot 4.
 */
public class AxonServerHealthIndicator extends AbstractHealthIndicator {

    private final AxonServerConnectionManager connections;

    public AxonServerHealthIndicator(AxonServerConnectionManager connections) {
        this.connections = connections;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        String context = connections.getDefaultContext();
        health.status(connections.isConnected(context) ? "UP" : "DOWN").withDetail("context", context);
    }
}
