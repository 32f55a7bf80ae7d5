package shop.order.api;

import java.util.UUID;

/**
 * Answered with the {@link OrderSummary}, or with nothing ({@code null}) while there is no such order. As a
 * subscription query, every change of the order follows as an {@link OrderSummary} update.
 */
public record FindOrder(UUID orderId) {
}
