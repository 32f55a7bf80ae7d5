package shop.order.service.journey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import shop.order.api.JourneyStep;
import shop.order.api.JourneyStepKind;

/**
 * One step, keyed by the event it was made from: the same event seen again is the same row. Written by
 * {@link JourneySteps}, read here.
 */
@Entity
@Table(name = "order_journey_step")
class JourneyStepEntry {

    @Id
    private String eventId;
    private UUID orderId;
    @Enumerated(EnumType.STRING)
    private JourneyStepKind step;
    private String context;
    @Column(name = "occurred_at")
    private Instant at;
    private BigDecimal amount;
    private String reason;
    private String detail;

    protected JourneyStepEntry() {
    }

    JourneyStep toStep() {
        return new JourneyStep(step, context, at, amount, reason, detail);
    }
}
