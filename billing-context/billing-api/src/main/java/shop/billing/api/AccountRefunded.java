package shop.billing.api;

import java.math.BigDecimal;
import java.util.UUID;

/** The price of an order was given back; {@code balance} is the balance after it. */
public record AccountRefunded(UUID userId, UUID orderId, BigDecimal amount, BigDecimal balance) {

    /** The refund of an order is one transaction of the account, named after the order: it happens at most once. */
    public static String transactionIdOf(UUID orderId) {
        return "refund-" + orderId;
    }
}
