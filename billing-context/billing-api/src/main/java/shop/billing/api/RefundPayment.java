package shop.billing.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives a completed payment back to the account, for an order that was rejected before its payment came. */
public record RefundPayment(UUID orderId) implements PaymentCommand {

    @TargetAggregateIdentifier
    public String paymentId() {
        return PaymentCommand.paymentIdOf(orderId);
    }
}
