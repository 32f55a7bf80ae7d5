package shop.order.service.query;

import java.util.UUID;
import org.springframework.stereotype.Component;

/** Whether an order was placed: read from the summaries, which are written in the transaction that places it. */
@Component
public class PlacedOrders {

    private final OrderSummaryRepository summaries;

    PlacedOrders(OrderSummaryRepository summaries) {
        this.summaries = summaries;
    }

    public boolean contains(UUID orderId) {
        return summaries.existsById(orderId);
    }
}
