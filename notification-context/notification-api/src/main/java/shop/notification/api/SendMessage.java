package shop.notification.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sends a message of the caller's own to an address; {@code userId} is optional. */
public record SendMessage(@TargetAggregateIdentifier UUID notificationId, String email, String subject, String body,
        UUID userId) {
}
