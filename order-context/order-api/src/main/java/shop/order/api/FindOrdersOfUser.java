package shop.order.api;

import java.util.UUID;

/** Answered with the {@link OrdersOfUser orders of the user}, newest first. */
public record FindOrdersOfUser(UUID userId) {
}
