package shop.axon;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * The event stream for a tracking processor that need not keep up at once: an event is handed on when it is
 * {@code pace} old, and with it every event that came meanwhile, so that they go in one transaction and one token
 * update. Axon Server, and the embedded event store at each commit, hand each event on as it is stored, and a tracking
 * processor takes what is there: at light load that is one event, and one commit, per event.
 *
 * <p>An event's age is counted from its timestamp, so a stream read from far behind (a replay, a catch-up after a
 * restart) is handed on at once, in full batches; and at most from when this JVM first saw it, so that a producer
 * whose clock runs ahead does not hold it longer.
 */
public final class PacedEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    private final StreamableMessageSource<TrackedEventMessage<?>> events;
    private final Duration pace;

    public PacedEventSource(StreamableMessageSource<TrackedEventMessage<?>> events, Duration pace) {
        this.events = events;
        this.pace = pace;
    }

    /**
     * Registers {@code processingGroup} as a tracking processor of one thread on the event store read at
     * {@code pace}, up to {@code batchSize} events in one transaction.
     */
    public static EventProcessingConfigurer registerTrackingProcessor(EventProcessingConfigurer processing,
            String processingGroup, Duration pace, int batchSize) {
        return processing.registerTrackingEventProcessor(processingGroup,
                axon -> new PacedEventSource(axon.eventStore(), pace),
                axon -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(batchSize));
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken from) {
        return new PacedStream(events.openStream(from));
    }

    @Override
    public TrackingToken createTailToken() {
        return events.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return events.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return events.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return events.createTokenSince(duration);
    }

    private final class PacedStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> stream;
        /** The next event, and when it is due: kept while it waits, across the processor's calls. */
        private TrackedEventMessage<?> waiting;
        private long dueNanos;

        private PacedStream(BlockingStream<TrackedEventMessage<?>> stream) {
            this.stream = stream;
        }

        /**
         * Once an event is there, waits until it is due even past {@code timeout}, by at most the pace: answering
         * {@code false} in between would have the processor extend its token claim, a commit of its own.
         */
        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            if (!stream.hasNextAvailable(timeout, unit)) {
                return false;
            }
            TrackedEventMessage<?> next = stream.peek().orElseThrow();
            if (next != waiting) {
                waiting = next;
                long sinceStored = Duration.between(next.getTimestamp(), Instant.now()).toNanos();
                dueNanos = System.nanoTime() + Math.max(0, pace.toNanos() - Math.max(0, sinceStored));
            }
            long wait = dueNanos - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            return true;
        }

        /** Whether one is there, due or not: asked without waiting, as the processor does to tell it caught up. */
        @Override
        public boolean hasNextAvailable() {
            return stream.hasNextAvailable();
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return stream.peek();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return stream.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            stream.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            stream.close();
        }
    }
}
