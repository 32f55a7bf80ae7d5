package shop.billing.api;

import java.math.BigDecimal;
import java.util.UUID;
import org.axonframework.commandhandling.RoutingKey;

/**
 * Asks billing to pay for an order from the user's account. Billing charges the account and completes the payment
 * ({@link PaymentCompleted}), or declines it ({@link PaymentDeclined}), before it answers. Asking again for the same
 * order changes nothing.
 */
public record RequestPayment(UUID orderId, UUID userId, BigDecimal amount) implements PaymentCommand {

    /** A payment moves the money of one account: it goes where the account's other commands go. */
    @RoutingKey
    public String accountId() {
        return AccountCommand.accountIdOf(userId);
    }
}
