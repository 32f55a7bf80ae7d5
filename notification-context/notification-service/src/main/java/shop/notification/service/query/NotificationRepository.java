package shop.notification.service.query;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<NotificationEntry, UUID> {

    @Query("""
            select n from NotificationEntry n
            where (:userId is null or n.userId = :userId) and (:orderId is null or n.orderId = :orderId)
            order by n.sentAt desc""")
    List<NotificationEntry> findNewestFirst(UUID userId, UUID orderId);

    /** Logs an email unless it is there already. */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert into notification (id, user_id, email, order_id, kind, subject, body, sent_at)
            values (:id, :userId, :email, :orderId, :kind, :subject, :body, :sentAt)
            on conflict do nothing""")
    void sent(UUID id, UUID userId, String email, UUID orderId, String kind, String subject, String body,
            Instant sentAt);
}
