package shop.order.api;

import java.util.UUID;

/** Answered with the {@link OrderJourney} of the order, or with nothing ({@code null}) while it has no step. */
public record FindOrderJourney(UUID orderId) {
}
