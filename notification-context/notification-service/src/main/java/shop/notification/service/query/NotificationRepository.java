package shop.notification.service.query;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<NotificationEntry, UUID> {

    @Query("""
            select n from NotificationEntry n
            where (:userId is null or n.userId = :userId) and (:orderId is null or n.orderId = :orderId)
            order by n.sentAt desc""")
    List<NotificationEntry> findNewestFirst(UUID userId, UUID orderId);
}
