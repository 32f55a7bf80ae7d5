package shop.billing.api;

import java.math.BigDecimal;
import java.util.UUID;

public record PaymentRequested(UUID orderId, UUID userId, BigDecimal amount) {
}
