package shop.axon;

import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Function;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;

/**
 * A projection written in the transaction of the command whose events it shows, so that a client reads what it has
 * just done, and that loses nothing when the JVM dies between two commits.
 *
 * <p>A subscribing processor gives the read-your-writes. Where the events are stored in the database of the
 * projection, one commit holds both. Where they are stored in Axon Server, there are two commits, and Axon Server's
 * comes first: a JVM killed between them has stored the events while the projection's row is gone, and a subscribing
 * processor has no token to come back with. So there, a second instance of the same projection follows the event
 * stream in a tracking processor, {@code <group>-catch-up}, and writes what the first one lost. Both write each event,
 * so the projection's writes must be idempotent: an insert that does nothing when the row is there, an update that
 * sets what the event says.
 */
public final class ReadYourWritesProjection {

    /** Up to this many events in one transaction of the catch-up: it writes again what is there already. */
    static final int CATCH_UP_BATCH_SIZE = 100;
    /**
     * The catch-up is for a crash, not for the reads, so it takes the stream a second behind, the events of that
     * second in one transaction: taken as Axon Server pushed them, it committed once for nearly every event.
     */
    static final Duration CATCH_UP_PACE = Duration.ofSeconds(1);

    private final boolean eventsStoredApart;

    /** @param eventsStoredApart whether the events are stored apart from the projections (in Axon Server) */
    public ReadYourWritesProjection(boolean eventsStoredApart) {
        this.eventsStoredApart = eventsStoredApart;
    }

    /**
     * @param processingGroup the group of the projection, a bean that the subscribing processor gets
     * @param catchUp         builds the second instance of the projection, the one that follows the stream
     */
    public ConfigurerModule of(String processingGroup, Function<Configuration, Object> catchUp) {
        return configurer -> {
            EventProcessingConfigurer processing = configurer.eventProcessing()
                    .registerSubscribingEventProcessor(processingGroup);
            if (eventsStoredApart) {
                String catchUpGroup = catchUpGroupOf(processingGroup);
                // the two instances are of one class with one @ProcessingGroup: the second is told apart by identity
                Set<Object> catchUps = Collections.newSetFromMap(new IdentityHashMap<>());
                processing.registerEventHandler(axon -> {
                            Object projection = catchUp.apply(axon);
                            catchUps.add(projection);
                            return projection;
                        })
                        .assignHandlerInstancesMatching(catchUpGroup, Integer.MAX_VALUE, catchUps::contains);
                PacedEventSource.registerTrackingProcessor(processing, catchUpGroup, CATCH_UP_PACE,
                        CATCH_UP_BATCH_SIZE);
            }
        };
    }

    static String catchUpGroupOf(String processingGroup) {
        return processingGroup + "-catch-up";
    }
}
