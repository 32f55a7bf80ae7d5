package shop.billing.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One movement of money on an account. {@code amount} is always positive; {@code type} says its direction.
 * {@code orderId} is set for the payment of an order and for its refund.
 */
public record LedgerEntry(
        String transactionId,
        Type type,
        BigDecimal amount,
        BigDecimal balance,
        UUID orderId,
        Instant occurredAt) {

    public enum Type {
        DEPOSIT,
        WITHDRAWAL,
        ORDER_PAYMENT,
        REFUND
    }
}
