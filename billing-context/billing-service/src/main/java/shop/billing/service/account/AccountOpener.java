package shop.billing.service.account;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;
import shop.billing.api.BillingRejection;
import shop.billing.api.OpenAccount;
import shop.user.api.UserRegistered;

/**
 * Every registered user gets an account: billing reacts to the user context's event, nobody calls it.
 *
 * <p>The accounts of a batch of registrations are opened side by side, not one after another: each one's command is
 * sent at once, and the batch, its token with it, commits only when all of them are open. Waited for one at a time,
 * each opening waited on the command bus's share of a busy machine, and a burst of registrations waited minutes for
 * their accounts ({@code docs/benchmarks.md}, registration).
 */
@Component
@ProcessingGroup(AccountOpener.PROCESSING_GROUP)
class AccountOpener {

    static final String PROCESSING_GROUP = "account-opening";

    private final CommandGateway commands;

    AccountOpener(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(UserRegistered event, UnitOfWork<?> batch) {
        CompletableFuture<Object> opened = commands.send(new OpenAccount(event.userId()))
                .exceptionally(AccountOpener::alreadyOpenIsOpen);
        batch.onPrepareCommit(committing -> opened.join());
    }

    /** The event came again (a replay, or a retry after a crash): the account it asks for is there. */
    private static Object alreadyOpenIsOpen(Throwable failure) {
        Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
        if (cause instanceof CommandExecutionException rejected
                && rejected.getDetails().orElse(null) == BillingRejection.ACCOUNT_ALREADY_OPEN) {
            return null;
        }
        throw failure instanceof CompletionException completion ? completion : new CompletionException(cause);
    }
}
