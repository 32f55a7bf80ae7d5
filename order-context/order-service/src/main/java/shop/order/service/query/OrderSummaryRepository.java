package shop.order.service.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OrderSummaryRepository extends JpaRepository<OrderSummaryEntry, UUID> {

    List<OrderSummaryEntry> findByUserIdOrderByPlacedAtDesc(UUID userId);

    /** Adds a placed order unless it is there already: written once as it happens, once more from the stream. */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert into order_summary (id, user_id, price, status, placed_at)
            values (:id, :userId, :price, 'PENDING', :placedAt)
            on conflict (id) do nothing""")
    void placed(UUID id, UUID userId, BigDecimal price, Instant placedAt);
}
