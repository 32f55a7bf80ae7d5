package shop.billing.service.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.commandhandling.AnnotationCommandHandlerAdapter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shop.billing.api.AccountCharged;
import shop.billing.api.AccountCommand;
import shop.billing.api.AccountOpened;
import shop.billing.api.AccountRefunded;
import shop.billing.api.BillingRejection;
import shop.billing.api.MoneyDeposited;
import shop.billing.api.PaymentCommand;
import shop.billing.api.PaymentCompleted;
import shop.billing.api.PaymentDeclineReason;
import shop.billing.api.PaymentDeclined;
import shop.billing.api.PaymentRefunded;
import shop.billing.api.PaymentRequested;
import shop.billing.api.RefundPayment;
import shop.billing.api.RequestPayment;
import shop.billing.service.account.Account;

/** The payment and the account it takes from, each command on both in one unit of work, over a real event store. */
class CashierTest {

    private final UUID userId = UUID.randomUUID();
    private final UUID orderId = UUID.randomUUID();
    private final String accountId = AccountCommand.accountIdOf(userId);
    private final String paymentId = PaymentCommand.paymentIdOf(orderId);
    private final BigDecimal price = new BigDecimal("4.00");
    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
    private EmbeddedEventStore events;
    private CommandGateway commands;

    @BeforeEach
    void setUp() {
        events = EmbeddedEventStore.builder().storageEngine(storage).build();
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        new AnnotationCommandHandlerAdapter<>(new Cashier(
                EventSourcingRepository.builder(Payment.class).eventStore(events).build(),
                EventSourcingRepository.builder(Account.class).eventStore(events).build())).subscribe(bus);
        commands = DefaultCommandGateway.builder().commandBus(bus).build();
    }

    @AfterEach
    void tearDown() {
        events.shutDown();
    }

    @Test
    void aCoveredPaymentTakesTheMoneyAndCompletesInOneGo() {
        openAccountWith("10.00");

        commands.sendAndWait(new RequestPayment(orderId, userId, price));

        assertThat(eventsOf(paymentId)).containsExactly(
                new PaymentRequested(orderId, userId, price), new PaymentCompleted(orderId, userId, price));
        assertThat(eventsOf(accountId)).endsWith(new AccountCharged(userId, orderId, price, new BigDecimal("6.00")));
        assertThat(allEvents()).as("one unit of work: the charge between the request and the outcome").endsWith(
                new PaymentRequested(orderId, userId, price),
                new AccountCharged(userId, orderId, price, new BigDecimal("6.00")),
                new PaymentCompleted(orderId, userId, price));
    }

    @Test
    void aPaymentBeyondTheBalanceIsDeclinedAndTakesNothing() {
        openAccountWith("3.99");

        commands.sendAndWait(new RequestPayment(orderId, userId, price));

        assertThat(eventsOf(paymentId)).containsExactly(new PaymentRequested(orderId, userId, price),
                new PaymentDeclined(orderId, userId, price, PaymentDeclineReason.INSUFFICIENT_FUNDS));
        assertThat(eventsOf(accountId)).hasSize(2);
    }

    @Test
    void aPaymentFromNoAccountIsDeclined() {
        commands.sendAndWait(new RequestPayment(orderId, userId, price));

        assertThat(eventsOf(paymentId)).containsExactly(new PaymentRequested(orderId, userId, price),
                new PaymentDeclined(orderId, userId, price, PaymentDeclineReason.NO_ACCOUNT));
        assertThat(eventsOf(accountId)).isEmpty();
    }

    @Test
    void aPaymentAskedForAgainChangesNothing() {
        openAccountWith("10.00");
        commands.sendAndWait(new RequestPayment(orderId, userId, price));
        int stored = allEvents().size();

        commands.sendAndWait(new RequestPayment(orderId, userId, price));
        commands.sendAndWait(new RequestPayment(orderId, userId, new BigDecimal("9.00")));

        assertThat(allEvents()).hasSize(stored);
    }

    @Test
    void aPaymentStoredOnlyAsRequestedIsChargedWhenAskedAgain() {
        openAccountWith("10.00");
        store("Payment", paymentId, 0, new PaymentRequested(orderId, userId, price));

        commands.sendAndWait(new RequestPayment(orderId, userId, price));

        assertThat(eventsOf(paymentId)).containsExactly(
                new PaymentRequested(orderId, userId, price), new PaymentCompleted(orderId, userId, price));
        assertThat(eventsOf(accountId)).endsWith(new AccountCharged(userId, orderId, price, new BigDecimal("6.00")));
    }

    @Test
    void aFailedPaymentLeavesNothingBehind() {
        openAccountWith("10.00");
        int stored = allEvents().size();

        assertThatThrownBy(() -> commands.sendAndWait(new RequestPayment(orderId, userId, BigDecimal.ZERO)))
                .isInstanceOfSatisfying(CommandExecutionException.class,
                        e -> assertThat(e.getDetails()).contains(BillingRejection.INVALID_AMOUNT));

        assertThat(allEvents()).as("not even the request").hasSize(stored);
    }

    @Test
    void aCompletedPaymentIsRefundedWithItsMoneyOnce() {
        openAccountWith("10.00");
        commands.sendAndWait(new RequestPayment(orderId, userId, price));

        commands.sendAndWait(new RefundPayment(orderId, userId));
        commands.sendAndWait(new RefundPayment(orderId, userId));

        assertThat(eventsOf(paymentId)).endsWith(new PaymentCompleted(orderId, userId, price),
                new PaymentRefunded(orderId, userId, price));
        assertThat(eventsOf(accountId)).endsWith(new AccountCharged(userId, orderId, price, new BigDecimal("6.00")),
                new AccountRefunded(userId, orderId, price, new BigDecimal("10.00")));
    }

    @Test
    void aDeclinedPaymentHasNothingToRefund() {
        commands.sendAndWait(new RequestPayment(orderId, userId, price));
        int stored = allEvents().size();

        assertThatThrownBy(() -> commands.sendAndWait(new RefundPayment(orderId, userId)))
                .isInstanceOfSatisfying(CommandExecutionException.class,
                        e -> assertThat(e.getDetails()).contains(BillingRejection.PAYMENT_NOT_COMPLETED));

        assertThat(allEvents()).hasSize(stored);
    }

    private void openAccountWith(String balance) {
        store("Account", accountId, 0, new AccountOpened(userId));
        store("Account", accountId, 1,
                new MoneyDeposited(userId, "deposit-1", new BigDecimal(balance), new BigDecimal(balance)));
    }

    private void store(String type, String aggregateId, long sequence, Object event) {
        events.publish(new GenericDomainEventMessage<>(type, aggregateId, sequence, event));
    }

    private List<Object> eventsOf(String aggregateId) {
        return events.readEvents(aggregateId).asStream().<Object>map(EventMessage::getPayload).toList();
    }

    private List<Object> allEvents() {
        return storage.readEvents(null, false).<Object>map(EventMessage::getPayload).toList();
    }
}
