package shop.billing.api;

import java.util.UUID;
import org.axonframework.commandhandling.RoutingKey;

/**
 * Gives a completed payment back to the account, for an order that was rejected before its payment came: the
 * payment is refunded ({@link PaymentRefunded}) and the account credited ({@link AccountRefunded}) at once.
 */
public record RefundPayment(UUID orderId, UUID userId) implements PaymentCommand {

    /** A refund moves the money of one account: it goes where the account's other commands go. */
    @RoutingKey
    public String accountId() {
        return AccountCommand.accountIdOf(userId);
    }
}
