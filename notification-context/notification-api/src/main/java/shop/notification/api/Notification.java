package shop.notification.api;

import java.time.Instant;
import java.util.UUID;

public record Notification(
        UUID id,
        UUID userId,
        String email,
        UUID orderId,
        EmailKind kind,
        String subject,
        String body,
        Instant sentAt) {
}
