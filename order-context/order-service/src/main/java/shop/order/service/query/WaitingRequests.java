package shop.order.service.query;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;
import shop.order.api.OrderStatus;
import shop.order.api.OrderSummary;

/**
 * The {@code POST /orders} requests of this JVM that wait for the outcome of the order they place, told of it by the
 * summaries written here. An order's commands are routed by its id, so the JVM that places an order also decides it
 * (Axon Server sends both to the same order service while the set of them stays the same); a request that learns its
 * order was placed here waits here, and spares a subscription query through Axon Server and back. One placed in
 * another JVM is not told here, and its request must ask through a subscription query.
 */
@Component
public class WaitingRequests {

    private final ConcurrentMap<UUID, Awaited> awaited = new ConcurrentHashMap<>();

    /**
     * Registered before the order is placed, so that an outcome that comes at once is not missed. Requests that
     * place the same order at once (a client that sent it again) wait for it together.
     */
    public WaitingRequest expect(UUID orderId) {
        Awaited order = awaited.compute(orderId, (id, known) -> {
            Awaited it = known != null ? known : new Awaited();
            it.requests++;
            return it;
        });
        return new WaitingRequest(orderId, order);
    }

    void placed(UUID orderId) {
        Awaited order = awaited.get(orderId);
        if (order != null) {
            order.placedHere = true;
        }
    }

    /** Told when the decision is committed: a request is never answered with an outcome that was rolled back. */
    void changed(OrderSummary summary) {
        Awaited order = summary.status() == OrderStatus.PENDING ? null : awaited.get(summary.id());
        if (order == null) {
            return;
        }
        if (CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().phase() == UnitOfWork.Phase.STARTED) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> order.outcome.complete(summary));
        } else {
            order.outcome.complete(summary);
        }
    }

    private static final class Awaited {

        private final CompletableFuture<OrderSummary> outcome = new CompletableFuture<>();
        private volatile boolean placedHere;
        /** Changed only inside {@link ConcurrentMap#compute}, which holds the order's entry. */
        private int requests;
    }

    /** A request waiting for one order; closed when it is answered, with the outcome or without. */
    public final class WaitingRequest implements AutoCloseable {

        private final UUID orderId;
        private final Awaited order;
        private final AtomicBoolean open = new AtomicBoolean(true);

        private WaitingRequest(UUID orderId, Awaited order) {
            this.orderId = orderId;
            this.order = order;
        }

        /** Whether this JVM wrote the order's summary when it was placed, and so will be told its outcome. */
        public boolean placedHere() {
            return order.placedHere;
        }

        /** The decided order, or {@code null} when it is not decided within {@code wait}. */
        public OrderSummary outcome(Duration wait) {
            try {
                return order.outcome.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException undecided) {
                return null;
            } catch (InterruptedException stopping) {
                // answered as undecided: the client polls the order's Location
                Thread.currentThread().interrupt();
                return null;
            } catch (ExecutionException neverCompletedSo) {
                throw new IllegalStateException(neverCompletedSo);
            }
        }

        @Override
        public void close() {
            if (open.compareAndSet(true, false)) {
                awaited.computeIfPresent(orderId, (id, it) -> --it.requests == 0 ? null : it);
            }
        }
    }
}
