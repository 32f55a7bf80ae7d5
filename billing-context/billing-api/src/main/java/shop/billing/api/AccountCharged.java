package shop.billing.api;

import java.math.BigDecimal;
import java.util.UUID;

/** The price of an order was taken; {@code balance} is the balance after it. */
public record AccountCharged(UUID userId, UUID orderId, BigDecimal amount, BigDecimal balance) {
}
