package shop.notification.service.query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import shop.notification.api.EmailSent;
import shop.notification.api.FindNotification;
import shop.notification.api.FindNotifications;
import shop.notification.api.Notification;

/** Every email sent: what {@code GET /notifications} lists. */
@Component
@ProcessingGroup(NotificationLog.PROCESSING_GROUP)
class NotificationLog {

    static final String PROCESSING_GROUP = "notification-log";

    private final NotificationRepository notifications;

    NotificationLog(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @EventHandler
    void on(EmailSent email, @Timestamp Instant sentAt) {
        notifications.save(new NotificationEntry(email, sentAt));
    }

    @QueryHandler
    Optional<Notification> handle(FindNotification query) {
        return notifications.findById(query.notificationId()).map(NotificationEntry::toNotification);
    }

    @QueryHandler
    List<Notification> handle(FindNotifications query) {
        return notifications.findNewestFirst(query.userId(), query.orderId()).stream()
                .map(NotificationEntry::toNotification)
                .toList();
    }
}
