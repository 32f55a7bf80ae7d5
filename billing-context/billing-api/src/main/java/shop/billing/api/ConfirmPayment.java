package shop.billing.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The account was charged: the payment is complete. */
public record ConfirmPayment(UUID orderId) implements PaymentCommand {

    @TargetAggregateIdentifier
    public String paymentId() {
        return PaymentCommand.paymentIdOf(orderId);
    }
}
