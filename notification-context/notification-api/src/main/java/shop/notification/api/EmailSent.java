package shop.notification.api;

import java.util.UUID;

/** The service "sends" by storing: this is the email, as the user would receive it. */
public record EmailSent(
        UUID notificationId,
        UUID userId,
        String email,
        UUID orderId,
        EmailKind kind,
        String subject,
        String body) {
}
