package shop.billing.api;

import java.math.BigDecimal;
import java.util.UUID;

/** The price of the order was taken from the user's account. */
public record PaymentCompleted(UUID orderId, UUID userId, BigDecimal amount) {
}
