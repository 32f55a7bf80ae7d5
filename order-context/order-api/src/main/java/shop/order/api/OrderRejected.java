package shop.order.api;

import java.math.BigDecimal;
import java.util.UUID;

public record OrderRejected(UUID orderId, UUID userId, BigDecimal price, RejectionReason reason) {
}
