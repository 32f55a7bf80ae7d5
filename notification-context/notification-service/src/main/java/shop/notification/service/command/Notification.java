package shop.notification.service.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.UUID;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import shop.notification.api.EmailKind;
import shop.notification.api.EmailSent;
import shop.notification.api.NotificationRejection;
import shop.notification.api.SendMessage;
import shop.notification.api.SendOrderEmail;
import shop.notification.service.recipient.Recipient;
import shop.notification.service.recipient.Recipients;

/**
 * One email. The email about an order's outcome is known by the order, so however often it is asked for, it is
 * sent once.
 */
@Aggregate(repository = NotificationStorage.REPOSITORY)
public class Notification {

    @AggregateIdentifier
    private UUID notificationId;

    protected Notification() {
        // for event sourcing, and for the creation policy below
    }

    @CommandHandler
    public Notification(SendMessage command) {
        apply(new EmailSent(command.notificationId(), command.userId(), command.email(), null, EmailKind.MESSAGE,
                command.subject(), command.body()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SendOrderEmail command, Recipients recipients) {
        if (notificationId != null) {
            return;
        }
        Recipient to = recipients.find(command.userId()).orElseThrow(() -> new CommandExecutionException(
                "No user " + command.userId() + " has registered an address.", null,
                NotificationRejection.UNKNOWN_RECIPIENT));
        apply(new EmailSent(command.notificationId(), command.userId(), to.email(), command.orderId(), command.kind(),
                OrderEmails.subject(command), OrderEmails.body(command, to)));
    }

    @EventSourcingHandler
    void on(EmailSent event) {
        notificationId = event.notificationId();
    }
}
