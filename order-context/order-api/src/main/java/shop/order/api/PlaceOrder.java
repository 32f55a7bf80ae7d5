package shop.order.api;

import java.math.BigDecimal;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Places an order; the order is then paid, or rejected. Placing the same order again (the same id, user and price)
 * changes nothing: that is how a retried request with the same {@code Idempotency-Key} stays one order. Answered
 * with {@code true} when this command placed the order, {@code false} when it was placed already.
 */
public record PlaceOrder(@TargetAggregateIdentifier UUID orderId, UUID userId, BigDecimal price) {
}
