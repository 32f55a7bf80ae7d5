package shop.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

class KnownEndTest {

    private final AtomicLong nanos = new AtomicLong();
    private final KnownEnd end = new KnownEnd(Duration.ofMillis(250), nanos::get);
    private final TrackingToken at7 = GapAwareTrackingToken.newInstance(7, List.of());

    @Test
    void nothingIsKnownBeforeARead() {
        assertThat(end.nothingAfter(at7)).isFalse();
    }

    @Test
    void theEndOfAReadStaysKnownWhileNoAppendEnds() {
        end.seenAt(at7, end.beforeRead());

        assertThat(end.nothingAfter(at7)).isTrue();
        assertThat(end.nothingAfter(GapAwareTrackingToken.newInstance(6, List.of()))).isFalse();
        assertThat(end.nothingAfter(GapAwareTrackingToken.newInstance(7, List.of(5L))))
                .as("the same index with a gap still open").isFalse();
    }

    @Test
    void anAppendThatEndsAfterAReadBeganMakesItsEndUnknown() {
        long count = end.beforeRead();
        end.appendEnded();
        end.seenAt(at7, count);

        assertThat(end.nothingAfter(at7)).isFalse();
    }

    @Test
    void anAppendThatEndsLaterMakesTheEndUnknown() {
        end.seenAt(at7, end.beforeRead());
        end.appendEnded();

        assertThat(end.nothingAfter(at7)).isFalse();
    }

    @Test
    void theEndIsForgottenAfterAWhileForWhatOthersStore() {
        end.seenAt(at7, end.beforeRead());
        nanos.addAndGet(Duration.ofMillis(249).toNanos());
        assertThat(end.nothingAfter(at7)).isTrue();

        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(end.nothingAfter(at7)).isFalse();
    }

    @Test
    void anAppendWhoseEndCannotBeKnownMakesEveryReadAsk() {
        end.goBlind();
        end.seenAt(at7, end.beforeRead());

        assertThat(end.nothingAfter(at7)).isFalse();
    }

    @Test
    void aReadFromTheStartAlwaysAsks() {
        end.seenAt(null, end.beforeRead());

        assertThat(end.nothingAfter(null)).isFalse();
    }
}
