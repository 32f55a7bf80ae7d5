package shop.order.api;

import java.util.List;
import java.util.UUID;

/**
 * Everything that happened to one order, in every context, in the order it happened. A record rather than a bare
 * list, because a list loses its element type on the wire between two services.
 */
public record OrderJourney(UUID orderId, List<JourneyStep> steps) {

    public OrderJourney {
        steps = List.copyOf(steps);
    }
}
