package shop.local;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.axonframework.eventhandling.TrackingToken;

/**
 * Where the stored events were last seen to end, and whether that can still be true: it is while no transaction that
 * appended events has ended since the read that saw the end began, and for a short while only, so that events stored
 * by anything else (another JVM on the same database, a script) wait no longer than the event store's own poll.
 * <p>
 * Reads count from before they ask the database. A transaction that commits later than a read's snapshot ends later
 * than that count was taken, so the count has moved and the next read asks again; that covers gaps too, an event
 * with a lower index committed after one with a higher index.
 */
final class KnownEnd {

    private record Seen(TrackingToken end, long appendsEnded, long atNanos) {
    }

    private final AtomicLong appendsEnded = new AtomicLong();
    private final long freshNanos;
    private final LongSupplier nanoClock;
    private volatile Seen seen;
    private volatile boolean blind;

    KnownEnd(Duration fresh, LongSupplier nanoClock) {
        this.freshNanos = fresh.toNanos();
        this.nanoClock = nanoClock;
    }

    /** The count a read takes before it asks the database, to pass to {@link #seenAt}. */
    long beforeRead() {
        return appendsEnded.get();
    }

    /** A read that began at {@code count} found nothing after {@code end}. */
    void seenAt(TrackingToken end, long count) {
        seen = new Seen(end, count, nanoClock.getAsLong());
    }

    /** Whether a read from {@code from} would surely find nothing, so that it need not ask the database. */
    boolean nothingAfter(TrackingToken from) {
        Seen last = seen;
        return !blind && from != null && last != null && from.equals(last.end())
                && last.appendsEnded() == appendsEnded.get()
                && nanoClock.getAsLong() - last.atNanos() < freshNanos;
    }

    /** A transaction that appended events has committed or rolled back. */
    void appendEnded() {
        appendsEnded.incrementAndGet();
    }

    /** An append whose end cannot be known: from now on every read asks the database. */
    void goBlind() {
        blind = true;
    }
}
