package shop.billing.api;

import java.math.BigDecimal;
import java.util.UUID;

/** The price of an order was given back; {@code balance} is the balance after it. */
public record AccountRefunded(UUID userId, UUID orderId, BigDecimal amount, BigDecimal balance) {
}
