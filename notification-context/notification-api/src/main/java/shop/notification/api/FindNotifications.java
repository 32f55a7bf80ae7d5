package shop.notification.api;

import java.util.UUID;

/** Answered with the {@link SentNotifications} that match, newest first; a null filter matches all. */
public record FindNotifications(UUID userId, UUID orderId) {
}
