package shop.billing.service.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;
import shop.billing.api.BillingRejection;
import shop.billing.api.OpenAccount;
import shop.user.api.UserRegistered;

/** The accounts of a batch of registrations open together, and the batch commits only once they are open. */
class AccountOpenerTest {

    private final List<OpenAccount> sent = new ArrayList<>();
    private final List<CompletableFuture<Object>> openings = new ArrayList<>();
    private final CommandGateway commands = mock(CommandGateway.class);
    private final AccountOpener opener = new AccountOpener(commands);

    AccountOpenerTest() {
        when(commands.send(any())).thenAnswer(call -> {
            sent.add(call.getArgument(0));
            CompletableFuture<Object> opening = new CompletableFuture<>();
            openings.add(opening);
            return opening;
        });
    }

    @Test
    void theAccountsOfABatchAreAskedForBeforeAnyOfThemIsOpen() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UnitOfWork<?> batch = batchOf();

        opener.on(new UserRegistered(first, "ann", "ann@example.org", "Ann", "A", null), batch);
        opener.on(new UserRegistered(second, "bob", "bob@example.org", "Bob", "B", null), batch);

        assertThat(sent).extracting(OpenAccount::userId).containsExactly(first, second);
        openings.forEach(opening -> opening.complete(null));
        batch.commit();
        assertThat(batch.isActive()).isFalse();
    }

    @Test
    void theBatchCommitsOnlyOnceTheAccountIsOpen() {
        UnitOfWork<?> batch = batchOf();
        opener.on(registration(), batch);
        AtomicBoolean committed = new AtomicBoolean();
        batch.afterCommit(done -> committed.set(true));

        // the processor commits its batch on its own thread: the unit of work moves there
        CurrentUnitOfWork.clear(batch);
        Thread processor = Thread.ofPlatform().start(() -> {
            CurrentUnitOfWork.set(batch);
            batch.commit();
        });
        await().until(() -> processor.getState() == Thread.State.WAITING);
        assertThat(committed).isFalse();

        openings.getFirst().complete(null);
        await().until(committed::get);
    }

    @Test
    void anAccountThatIsOpenAlreadyIsWhatTheEventAsksFor() {
        UnitOfWork<?> batch = batchOf();
        opener.on(registration(), batch);

        openings.getFirst().completeExceptionally(new CommandExecutionException("The user has an account already.",
                null, BillingRejection.ACCOUNT_ALREADY_OPEN));

        batch.commit();
        assertThat(batch.isActive()).isFalse();
    }

    @Test
    void anAccountThatDidNotOpenFailsTheBatchSoThatItsEventsComeAgain() {
        UnitOfWork<?> batch = batchOf();
        AtomicBoolean rolledBack = new AtomicBoolean();
        batch.onRollback(failed -> rolledBack.set(true));
        opener.on(registration(), batch);

        openings.getFirst().completeExceptionally(new IllegalStateException("the database went away"));

        assertThatThrownBy(batch::commit).hasRootCauseMessage("the database went away");
        assertThat(rolledBack).isTrue();
    }

    private static UnitOfWork<?> batchOf() {
        return DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("a batch of registrations"));
    }

    private static UserRegistered registration() {
        return new UserRegistered(UUID.randomUUID(), "cy", "cy@example.org", "Cy", "C", null);
    }
}
