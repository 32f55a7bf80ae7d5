package shop.order.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The order will not be paid. */
public record RejectOrder(@TargetAggregateIdentifier UUID orderId, RejectionReason reason) {
}
