package shop.order.api;

import java.util.UUID;

/** Answered with the {@link OrderSummary orders} of one user, newest first. */
public record FindOrdersOfUser(UUID userId) {
}
