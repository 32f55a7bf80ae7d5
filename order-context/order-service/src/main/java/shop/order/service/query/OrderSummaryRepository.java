package shop.order.service.query;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrderSummaryRepository extends JpaRepository<OrderSummaryEntry, UUID> {

    List<OrderSummaryEntry> findByUserIdOrderByPlacedAtDesc(UUID userId);
}
