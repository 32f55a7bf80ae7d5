package shop.order.api;

import java.math.BigDecimal;
import java.util.UUID;

public record OrderPlaced(UUID orderId, UUID userId, BigDecimal price) {
}
