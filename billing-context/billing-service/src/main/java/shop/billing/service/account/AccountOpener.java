package shop.billing.service.account;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import shop.billing.api.BillingRejection;
import shop.billing.api.OpenAccount;
import shop.user.api.UserRegistered;

/** Every registered user gets an account: billing reacts to the user context's event, nobody calls it. */
@Component
@ProcessingGroup("account-opening")
class AccountOpener {

    private final CommandGateway commands;

    AccountOpener(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(UserRegistered event) {
        try {
            commands.sendAndWait(new OpenAccount(event.userId()));
        } catch (CommandExecutionException rejected) {
            // the event came again (a replay, or a retry after a crash): the account it asks for is there
            if (rejected.getDetails().orElse(null) != BillingRejection.ACCOUNT_ALREADY_OPEN) {
                throw rejected;
            }
        }
    }
}
