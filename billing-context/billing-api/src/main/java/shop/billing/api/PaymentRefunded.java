package shop.billing.api;

import java.math.BigDecimal;
import java.util.UUID;

/** A completed payment is given back; the account receives the amount again. */
public record PaymentRefunded(UUID orderId, UUID userId, BigDecimal amount) {
}
