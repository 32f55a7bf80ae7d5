package shop.order.service.query;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import shop.order.service.OrderTimings;

/**
 * How long a new order would wait for its outcome, judged from how far behind the shop is: the longer of the wait of
 * the oldest undecided order, and the undecided orders at the pace the shop decided orders lately. The first sees a
 * shop that is stuck; the second sees a backlog growing before its oldest order has waited long, so that a burst is
 * refused in its first seconds and not only once its first orders are late.
 *
 * <p>Asked before every new order, so it is read from the read model at most every {@link #FRESH_FOR} and kept in
 * between. The orders let in and not placed yet are counted here, as no reading sees them: under a load of many times
 * the capacity, hundreds were let in between two readings and waited past their deadline.
 */
@Component
public class OrderBacklog {

    static final Duration FRESH_FOR = Duration.ofMillis(100);
    /** The pace of the last seconds: long enough to span a few batches, short enough to follow a change of load. */
    static final Duration PACE_WINDOW = Duration.ofSeconds(10);
    /**
     * The pace assumed when fewer orders were decided lately (a shop just started, or idle until now), so that a
     * burst of orders on an idle shop is not taken for a backlog: a hundred at once wait five seconds at this pace.
     * The door counts a burst as it comes in (the orders it let in and not placed yet), so a burst of fifty, which a
     * pace of ten a second held at the very limit, failed in part. If the shop is slower than this, the oldest
     * order's wait still stops it from taking more than it can decide in time.
     */
    static final double SLOWEST_PACE_PER_SECOND = 20.0;

    private final BacklogReader summaries;
    /**
     * An order pending longer than this is not a backlog: its deadline decides it well before (twice the payment
     * timeout). One still pending after that is a read model that missed the order's decision; counted, it would
     * keep the door shut for good.
     */
    private final Duration oldestCounted;
    private volatile Estimate last = new Estimate(Instant.MIN, new Reading(0L, null, 0L));
    private final AtomicInteger unplaced = new AtomicInteger();

    OrderBacklog(BacklogReader summaries, OrderTimings timings) {
        this.summaries = summaries;
        this.oldestCounted = timings.paymentTimeout().multipliedBy(2);
    }

    /** {@link Duration#ZERO} when no order is waiting. */
    public Duration expectedWait() {
        Instant now = Instant.now();
        Estimate estimate = last;
        if (estimate.readAt().plus(FRESH_FOR).isBefore(now)) {
            estimate = new Estimate(now, summaries.read(now.minus(oldestCounted), now.minus(PACE_WINDOW)));
            last = estimate;
        }
        return estimate.reading().expectedWait(estimate.readAt(), unplaced.get());
    }

    /** A new order let in: it counts as waiting until {@link Admission#close() closed}, once placed or refused. */
    public Admission admit() {
        unplaced.incrementAndGet();
        return new Admission();
    }

    /** An order let in and not placed yet; closing it more than once counts once. */
    public final class Admission implements AutoCloseable {

        private final AtomicBoolean open = new AtomicBoolean(true);

        private Admission() {
        }

        @Override
        public void close() {
            if (open.compareAndSet(true, false)) {
                unplaced.decrementAndGet();
            }
        }
    }

    /** What the read model says: the orders pending, since when the oldest of them, and the orders decided lately. */
    public record Reading(Long pending, Instant oldestPlacedAt, Long decidedLately) {

        /** With {@code unplaced} orders let in that this reading could not see yet. */
        Duration expectedWait(Instant now, int unplaced) {
            long waiting = (pending == null ? 0 : pending) + unplaced;
            if (waiting == 0) {
                return Duration.ZERO;
            }
            Duration oldest = oldestPlacedAt == null || !oldestPlacedAt.isBefore(now) ? Duration.ZERO
                    : Duration.between(oldestPlacedAt, now);
            double pacePerSecond = Math.max(SLOWEST_PACE_PER_SECOND,
                    (decidedLately == null ? 0 : decidedLately) / (double) PACE_WINDOW.toSeconds());
            Duration queue = Duration.ofMillis(Math.round(1000 * waiting / pacePerSecond));
            return oldest.compareTo(queue) >= 0 ? oldest : queue;
        }
    }

    private record Estimate(Instant readAt, Reading reading) {
    }
}
