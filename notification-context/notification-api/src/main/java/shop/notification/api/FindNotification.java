package shop.notification.api;

import java.util.UUID;

/** Answered with an {@code Optional<Notification>}: the one email with that id. */
public record FindNotification(UUID notificationId) {
}
