package shop.order.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The order is paid. */
public record ApproveOrder(@TargetAggregateIdentifier UUID orderId) {
}
