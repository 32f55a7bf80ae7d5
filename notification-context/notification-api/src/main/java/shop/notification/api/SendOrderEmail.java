package shop.notification.api;

import java.math.BigDecimal;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sends the user the email about the outcome of an order, to the address the user registered with. There is one
 * such email per order: sending it again sends nothing.
 */
public record SendOrderEmail(UUID orderId, UUID userId, EmailKind kind, BigDecimal price, String reason) {

    @TargetAggregateIdentifier
    public UUID notificationId() {
        return EmailKind.orderEmailId(orderId);
    }
}
