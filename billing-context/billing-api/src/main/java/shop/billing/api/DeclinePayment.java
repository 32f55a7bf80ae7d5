package shop.billing.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The account could not be charged: the payment is declined. */
public record DeclinePayment(UUID orderId, PaymentDeclineReason reason) implements PaymentCommand {

    @TargetAggregateIdentifier
    public String paymentId() {
        return PaymentCommand.paymentIdOf(orderId);
    }
}
