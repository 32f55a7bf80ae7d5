package shop.notification.service.query;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import shop.notification.api.EmailKind;
import shop.notification.api.Notification;

@Entity
@Table(name = "notification")
class NotificationEntry {

    @Id
    private UUID id;
    private UUID userId;
    private String email;
    private UUID orderId;
    @Enumerated(EnumType.STRING)
    private EmailKind kind;
    private String subject;
    private String body;
    private Instant sentAt;

    protected NotificationEntry() {
    }

    Notification toNotification() {
        return new Notification(id, userId, email, orderId, kind, subject, body, sentAt);
    }
}
