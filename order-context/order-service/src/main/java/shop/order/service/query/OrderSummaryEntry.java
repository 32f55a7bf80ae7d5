package shop.order.service.query;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import shop.order.api.OrderStatus;
import shop.order.api.OrderSummary;
import shop.order.api.RejectionReason;

@Entity
@Table(name = "order_summary")
class OrderSummaryEntry {

    @Id
    private UUID id;
    private UUID userId;
    private BigDecimal price;
    @Enumerated(EnumType.STRING)
    private OrderStatus status;
    @Enumerated(EnumType.STRING)
    private RejectionReason reason;
    private Instant placedAt;
    private Instant decidedAt;

    protected OrderSummaryEntry() {
    }

    void decided(OrderStatus status, RejectionReason reason, Instant at) {
        this.status = status;
        this.reason = reason;
        this.decidedAt = at;
    }

    OrderSummary toSummary() {
        return new OrderSummary(id, userId, price, status, reason, placedAt, decidedAt);
    }
}
