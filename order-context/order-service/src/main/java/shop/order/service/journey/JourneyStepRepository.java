package shop.order.service.journey;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface JourneyStepRepository extends JpaRepository<JourneyStepEntry, String> {

    List<JourneyStepEntry> findByOrderId(UUID orderId);
}
