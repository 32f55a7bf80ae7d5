package shop.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PacedEventSourceTest {

    private final EmbeddedEventStore events = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();

    @AfterEach
    void shutDown() {
        events.shutDown();
    }

    @Test
    void aNewEventIsHandedOnOnceItIsThePaceOld_withTheEventsThatCameMeanwhile() throws InterruptedException {
        Duration pace = Duration.ofMillis(300);
        Instant firstStoredAt = Instant.now();
        store("first", firstStoredAt);
        store("second", Instant.now());

        try (BlockingStream<TrackedEventMessage<?>> stream = new PacedEventSource(events, pace).openStream(null)) {
            assertThat(stream.hasNextAvailable(0, TimeUnit.MILLISECONDS)).isTrue();
            assertThat(Duration.between(firstStoredAt, Instant.now())).isGreaterThanOrEqualTo(pace);
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("first");
            // what a tracking processor adds to the batch without asking again
            assertThat(stream.peek()).hasValueSatisfying(next -> assertThat(next.getPayload()).isEqualTo("second"));
        }
    }

    @Test
    void aStreamReadFromFarBehind_aReplay_isHandedOnAtOnce() {
        store("long ago", Instant.now().minus(Duration.ofHours(1)));

        assertHandedOnAtOnce(Duration.ofHours(1), stream -> stream.hasNextAvailable(0, TimeUnit.MILLISECONDS));
    }

    @Test
    void anEventFromAClockAhead_waitsNoLongerThanThePaceFromWhenItCame() {
        store("from the future", Instant.now().plus(Duration.ofHours(1)));

        assertHandedOnAtOnce(Duration.ofMillis(100), stream -> stream.hasNextAvailable(0, TimeUnit.MILLISECONDS));
    }

    @Test
    void askedWithoutWaiting_itSaysAnEventIsThere_dueOrNot() {
        store("just now", Instant.now());

        assertHandedOnAtOnce(Duration.ofHours(1), BlockingStream::hasNextAvailable);
    }

    /** Answered well within a bound that a wait of an hour would break. */
    private void assertHandedOnAtOnce(Duration pace, Question ask) {
        try (BlockingStream<TrackedEventMessage<?>> stream = new PacedEventSource(events, pace).openStream(null)) {
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThat(ask.of(stream)).isTrue());
        }
    }

    private interface Question {
        boolean of(BlockingStream<TrackedEventMessage<?>> stream) throws InterruptedException;
    }

    private void store(String payload, Instant at) {
        events.publish(new GenericEventMessage<>(UUID.randomUUID().toString(), payload, Map.of(), at));
    }
}
