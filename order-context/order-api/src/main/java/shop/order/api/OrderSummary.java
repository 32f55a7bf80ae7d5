package shop.order.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An order as clients see it. {@code reason} is set when it is rejected, {@code decidedAt} once it is not pending. */
public record OrderSummary(
        UUID id,
        UUID userId,
        BigDecimal price,
        OrderStatus status,
        RejectionReason reason,
        Instant placedAt,
        Instant decidedAt) {
}
