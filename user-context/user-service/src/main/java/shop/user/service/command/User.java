package shop.user.service.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import shop.user.api.RegisterUser;
import shop.user.api.UserRegistered;

@Aggregate
public class User {

    @AggregateIdentifier
    private UUID userId;

    protected User() {
        // for event sourcing
    }

    @CommandHandler
    public User(RegisterUser command, IdentityClaims claims) {
        claims.claim(command.userId(), command.username(), command.email());
        apply(new UserRegistered(command.userId(), command.username(), command.email(),
                command.firstName(), command.lastName(), command.phone()));
    }

    @EventSourcingHandler
    void on(UserRegistered event) {
        this.userId = event.userId();
    }
}
