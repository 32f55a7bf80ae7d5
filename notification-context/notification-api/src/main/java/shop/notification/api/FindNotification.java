package shop.notification.api;

import java.util.UUID;

/** Answered with the one {@link Notification} with that id, or with nothing ({@code null}) when there is none. */
public record FindNotification(UUID notificationId) {
}
