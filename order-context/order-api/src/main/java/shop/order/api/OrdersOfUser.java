package shop.order.api;

import java.util.List;

/**
 * The answer to {@link FindOrdersOfUser}: the orders of one user, newest first. A record rather than a bare list,
 * because a list loses its element type on the wire between two services and arrives as a list of maps.
 */
public record OrdersOfUser(List<OrderSummary> orders) {

    public OrdersOfUser {
        orders = List.copyOf(orders);
    }
}
