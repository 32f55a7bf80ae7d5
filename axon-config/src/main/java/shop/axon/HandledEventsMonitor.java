package shop.axon;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.axonframework.config.MessageMonitorFactory;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitorCallback;

/**
 * The monitors of an event processor (Axon's timers, counters and capacity), told only of the events of a type that
 * one of its handlers takes.
 *
 * <p>A processor is offered more events than it handles: a subscribing one every event its JVM publishes, and one that
 * reads the embedded event store every event stored. Axon reports each one it ignores to its monitors, which look up
 * their meters for every such event: in the local shop at 10 orders/s, 8% of all samples, most of them on the command
 * threads, where the read-your-writes projections are offered every event and take few. Axon Server stops streaming
 * the types a processor ignores, so in the cluster those seldom reached the monitors; now neither topology counts
 * them. An event of a handled type that this processor leaves to another segment is still reported, as ignored. A
 * saga's manager answers that it can handle every type (Axon's default), so the saga's monitors see what they saw.
 */
final class HandledEventsMonitor implements MessageMonitor<Message<?>> {

    private final MessageMonitor<? super Message<?>> monitors;
    private final Supplier<Optional<EventProcessor>> processor;
    private final Map<Class<?>, Boolean> handledTypes = new ConcurrentHashMap<>();

    HandledEventsMonitor(MessageMonitor<? super Message<?>> monitors, Supplier<Optional<EventProcessor>> processor) {
        this.monitors = monitors;
        this.processor = processor;
    }

    /** For {@code registerMessageMonitorFactory(processorName, ...)}: the monitors the processor would have had. */
    static MessageMonitorFactory factory() {
        return (axon, componentType, processorName) -> new HandledEventsMonitor(
                axon.<Message<?>>messageMonitor(componentType, processorName),
                () -> axon.eventProcessingConfiguration().eventProcessor(processorName));
    }

    @Override
    public MonitorCallback onMessageIngested(Message<?> message) {
        return handles(message.getPayloadType())
                ? monitors.onMessageIngested(message)
                : NoOpMessageMonitorCallback.INSTANCE;
    }

    /** Asked of the processor's handlers once per type; until the processor is built, every type counts. */
    private boolean handles(Class<?> payloadType) {
        Boolean known = handledTypes.get(payloadType);
        if (known != null) {
            return known;
        }
        Optional<Boolean> asked = processor.get()
                .filter(AbstractEventProcessor.class::isInstance)
                .map(built -> ((AbstractEventProcessor) built).eventHandlerInvoker().canHandleType(payloadType));
        asked.ifPresent(handled -> handledTypes.put(payloadType, handled));
        return asked.orElse(true);
    }
}
