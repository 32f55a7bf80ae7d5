package shop.axon;

import java.util.Map;
import java.util.TreeMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Whether every event processor of this service runs: the projections it answers from and the processors that
 * carry its part of an order. A processor that retries a failing event still runs, and the service can still take
 * its own traffic, so that shows as a detail, not as unready; a processor that has stopped or never started makes
 * the service unready, since what it should do would silently not happen.
 */
public class EventProcessorsHealthIndicator extends AbstractHealthIndicator {

    private final EventProcessingConfiguration processing;

    public EventProcessorsHealthIndicator(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        Map<String, String> states = new TreeMap<>();
        boolean allRunning = true;
        for (EventProcessor processor : processing.eventProcessors().values()) {
            allRunning &= processor.isRunning();
            states.put(processor.getName(), stateOf(processor));
        }
        health.status(allRunning ? "UP" : "DOWN").withDetails(Map.copyOf(states));
    }

    private static String stateOf(EventProcessor processor) {
        if (!processor.isRunning()) {
            return "stopped";
        }
        return processor instanceof StreamingEventProcessor streaming && streaming.isError()
                ? "running, retrying a failed event" : "running";
    }
}
