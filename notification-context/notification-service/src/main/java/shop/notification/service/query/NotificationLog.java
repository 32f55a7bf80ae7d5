package shop.notification.service.query;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import shop.notification.api.EmailSent;
import shop.notification.api.FindNotification;
import shop.notification.api.FindNotifications;
import shop.notification.api.Notification;
import shop.notification.api.SentNotifications;

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
        notifications.sent(email.notificationId(), email.userId(), email.email(), email.orderId(), email.kind().name(),
                email.subject(), email.body(), sentAt);
    }

    /** {@code null} when there is none. */
    @QueryHandler
    Notification handle(FindNotification query) {
        return notifications.findById(query.notificationId()).map(NotificationEntry::toNotification).orElse(null);
    }

    @QueryHandler
    SentNotifications handle(FindNotifications query) {
        return new SentNotifications(notifications.findNewestFirst(query.userId(), query.orderId()).stream()
                .map(NotificationEntry::toNotification)
                .toList());
    }
}
