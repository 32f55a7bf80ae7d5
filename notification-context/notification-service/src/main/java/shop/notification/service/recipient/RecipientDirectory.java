package shop.notification.service.recipient;

import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import shop.user.api.UserRegistered;

/** The notification service's own copy of every user's address, so that it never has to ask the user service. */
@Component
@ProcessingGroup("notification-recipients")
class RecipientDirectory implements Recipients {

    private final RecipientRepository recipients;

    RecipientDirectory(RecipientRepository recipients) {
        this.recipients = recipients;
    }

    @EventHandler
    void on(UserRegistered user) {
        recipients.save(new RecipientEntry(user.userId(), user.email(), user.firstName()));
    }

    @Override
    public Optional<Recipient> find(UUID userId) {
        return recipients.findById(userId).map(RecipientEntry::toRecipient);
    }
}
