package shop.billing.api;

import java.math.BigDecimal;
import java.util.UUID;

/** Nothing was taken from the user's account. */
public record PaymentDeclined(UUID orderId, UUID userId, BigDecimal amount, PaymentDeclineReason reason) {
}
