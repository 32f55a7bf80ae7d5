package shop.order.api;

import java.util.UUID;

/**
 * Answered with an {@code Optional<OrderSummary>}. As a subscription query, every change of the order follows as
 * an {@link OrderSummary} update.
 */
public record FindOrder(UUID orderId) {
}
