package shop.billing.api;

import java.math.BigDecimal;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Asks billing to pay for an order from the user's account. Asking again for the same order changes nothing. */
public record RequestPayment(UUID orderId, UUID userId, BigDecimal amount) implements PaymentCommand {

    @TargetAggregateIdentifier
    public String paymentId() {
        return PaymentCommand.paymentIdOf(orderId);
    }
}
