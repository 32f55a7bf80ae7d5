package shop.order.service.query;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;
import shop.order.api.FindOrder;
import shop.order.api.FindOrdersOfUser;
import shop.order.api.OrderApproved;
import shop.order.api.OrderPlaced;
import shop.order.api.OrderRejected;
import shop.order.api.OrderStatus;
import shop.order.api.OrdersOfUser;
import shop.order.api.OrderSummary;
import shop.order.api.RejectionReason;

/**
 * Orders as clients see them; every change also goes to those who subscribed to the order, and to the requests of
 * this JVM that wait for it.
 */
@Component
@ProcessingGroup(OrderSummaryProjection.PROCESSING_GROUP)
class OrderSummaryProjection {

    static final String PROCESSING_GROUP = "order-summaries";

    private final OrderSummaryRepository orders;
    private final QueryUpdateEmitter updates;
    private final WaitingRequests waiting;

    OrderSummaryProjection(OrderSummaryRepository orders, QueryUpdateEmitter updates, WaitingRequests waiting) {
        this.orders = orders;
        this.updates = updates;
        this.waiting = waiting;
    }

    @EventHandler
    void on(OrderPlaced event, @Timestamp Instant at) {
        Instant placedAt = asStored(at);
        orders.placed(event.orderId(), event.userId(), event.price(), placedAt);
        waiting.placed(event.orderId());
        changed(new OrderSummary(event.orderId(), event.userId(), event.price(), OrderStatus.PENDING, null, placedAt,
                null));
    }

    @EventHandler
    void on(OrderApproved event, @Timestamp Instant at) {
        decided(event.orderId(), OrderStatus.APPROVED, null, at);
    }

    @EventHandler
    void on(OrderRejected event, @Timestamp Instant at) {
        decided(event.orderId(), OrderStatus.REJECTED, event.reason(), at);
    }

    /**
     * An order not found was placed just before a crash lost its row; the catch-up, which follows the stream, writes
     * it and then this decision.
     */
    private void decided(UUID orderId, OrderStatus status, RejectionReason reason, Instant at) {
        orders.findById(orderId).ifPresent(order -> {
            order.decided(status, reason, asStored(at));
            changed(order.toSummary());
        });
    }

    /**
     * To the millisecond, as Axon Server keeps an event's timestamp, so that every write of an order agrees with the
     * order sent to its subscribers: in the cluster the catch-up writes the decision again from the stored event, and
     * PostgreSQL would round finer digits. A client compares what it was answered with what it reads later.
     */
    private static Instant asStored(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS);
    }

    private void changed(OrderSummary summary) {
        // sent when the transaction commits, never for a change that is rolled back
        updates.emit(FindOrder.class, query -> query.orderId().equals(summary.id()), summary);
        waiting.changed(summary);
    }

    /**
     * {@code null} when there is no such order: an empty {@code Optional} would do in one JVM, but as the initial
     * result of a subscription query an {@code Optional} crosses Axon Server without the type of what it holds.
     */
    @QueryHandler
    OrderSummary handle(FindOrder query) {
        return orders.findById(query.orderId()).map(OrderSummaryEntry::toSummary).orElse(null);
    }

    @QueryHandler
    OrdersOfUser handle(FindOrdersOfUser query) {
        return new OrdersOfUser(orders.findByUserIdOrderByPlacedAtDesc(query.userId()).stream()
                .map(OrderSummaryEntry::toSummary)
                .toList());
    }
}
