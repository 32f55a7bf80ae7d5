package shop.order.service.journey;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface JourneyStepRepository extends JpaRepository<JourneyStepEntry, String> {

    List<JourneyStepEntry> findByOrderId(UUID orderId);

    /**
     * Adds the step of an event unless it is there already: the same event seen again (a retry, a replay) adds
     * nothing. One statement, where asking first and then saving took three (the save of an entity with its own key
     * reads it once more).
     */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert into order_journey_step (event_id, order_id, step, context, occurred_at, amount, reason, detail)
            values (:eventId, :orderId, :step, :context, :at, :amount, :reason, :detail)
            on conflict (event_id) do nothing""")
    void record(String eventId, UUID orderId, String step, String context, Instant at, BigDecimal amount,
            String reason, String detail);
}
