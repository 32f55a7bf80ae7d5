package shop.order.service.saga;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.test.saga.ContinuedGivenState;
import org.axonframework.test.saga.FixtureExecutionResult;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shop.billing.api.PaymentCompleted;
import shop.billing.api.PaymentDeclineReason;
import shop.billing.api.PaymentDeclined;
import shop.billing.api.PaymentRefunded;
import shop.billing.api.RefundPayment;
import shop.billing.api.RequestPayment;
import shop.notification.api.EmailKind;
import shop.notification.api.EmailSent;
import shop.notification.api.NotificationRejection;
import shop.notification.api.SendOrderEmail;
import shop.order.api.ApproveOrder;
import shop.order.api.OrderApproved;
import shop.order.api.OrderPlaced;
import shop.order.api.OrderRejected;
import shop.order.api.OrderRejection;
import shop.order.api.RejectOrder;
import shop.order.api.RejectionReason;
import shop.order.service.OrderTimings;

class OrderSagaTest {

    private static final Duration PAYMENT_TIMEOUT = Duration.ofSeconds(30);
    private static final OrderTimings TIMINGS =
            new OrderTimings(Duration.ofSeconds(3), PAYMENT_TIMEOUT, Duration.ofSeconds(10));

    private final UUID orderId = UUID.randomUUID();
    private final UUID userId = UUID.randomUUID();
    private final BigDecimal price = new BigDecimal("25.00");
    private SagaTestFixture<OrderSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(OrderSaga.class);
        fixture.registerCommandGateway(RetriedCommands.class);
        fixture.registerResource(TIMINGS);
    }

    @Test
    void aPlacedOrderAsksBillingForThePaymentAndSetsADeadline() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(new OrderPlaced(orderId, userId, price))
                .expectActiveSagas(1)
                .expectDispatchedCommands(new RequestPayment(orderId, userId, price))
                .expectScheduledDeadlineWithName(PAYMENT_TIMEOUT, OrderSaga.PAYMENT_DEADLINE);
    }

    @Test
    void deadline_aPaymentRequestBillingCannotTakeLeavesTheOrderToTheDeadline() {
        noServiceTakes(RequestPayment.class);
        fixture.givenAPublished(new OrderPlaced(orderId, userId, price))
                .whenTimeElapses(PAYMENT_TIMEOUT)
                .expectDispatchedCommands(new RejectOrder(orderId, RejectionReason.PAYMENT_TIMEOUT));
    }

    @Test
    void happyPath_aCompletedPaymentApprovesTheOrderAndTheApprovedOrderGetsTheHappyEmail() {
        fixture.givenAPublished(new OrderPlaced(orderId, userId, price))
                .whenPublishingA(new PaymentCompleted(orderId, userId, price))
                .expectDispatchedCommands(new ApproveOrder(orderId), happyEmail())
                .expectScheduledDeadlineWithName(PAYMENT_TIMEOUT, OrderSaga.PAYMENT_DEADLINE)
                .expectActiveSagas(1);
    }

    /** Sent when the order's answer comes, after the step, it is traced to the payment all the same. */
    @Test
    void happyPath_theHappyEmailCarriesTheCorrelationOfTheStepThatApproved() {
        AnsweredLater commands = new AnsweredLater();
        SagaTestFixture<OrderSaga> answeredLater = new SagaTestFixture<>(OrderSaga.class);
        answeredLater.registerResource(commands);
        answeredLater.registerResource(TIMINGS);
        answeredLater.registerEventHandlerInterceptor(new CorrelationDataInterceptor<>(new MessageOriginProvider()));
        answeredLater.givenAPublished(new OrderPlaced(orderId, userId, price))
                .whenPublishingA(new PaymentCompleted(orderId, userId, price));

        CommandMessage<?> approval = commands.sent(ApproveOrder.class);
        commands.answer(approval);

        CommandMessage<?> email = commands.sent(SendOrderEmail.class);
        assertThat(email.getPayload()).isEqualTo(happyEmail());
        assertThat(email.getMetaData()).containsKey("correlationId").isEqualTo(approval.getMetaData());
    }

    @Test
    void happyPath_noHappyEmailBeforeTheOrderTookItsApproval() {
        noServiceTakes(ApproveOrder.class);
        fixture.givenAPublished(new OrderPlaced(orderId, userId, price))
                .whenPublishingA(new PaymentCompleted(orderId, userId, price))
                .expectDispatchedCommands(new ApproveOrder(orderId));
    }

    /** The order takes no saga step: its email tells the saga that it was approved. */
    @Test
    void happyPath_theApprovalItselfTakesTheSagaNoFurther() {
        fixture.givenAPublished(new OrderPlaced(orderId, userId, price))
                .andThenAPublished(new PaymentCompleted(orderId, userId, price))
                .whenPublishingA(new OrderApproved(orderId, userId, price))
                .expectNoDispatchedCommands()
                .expectActiveSagas(1);
    }

    @Test
    void happyPath_theSagaEndsWhenTheEmailIsSent() {
        paidAndApproved()
                .whenPublishingA(emailSent(EmailKind.ORDER_APPROVED))
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void sadPath_aDeclinedPaymentRejectsTheOrderWithItsReason() {
        fixture.givenAPublished(new OrderPlaced(orderId, userId, price))
                .whenPublishingA(new PaymentDeclined(orderId, userId, price, PaymentDeclineReason.INSUFFICIENT_FUNDS))
                .expectDispatchedCommands(new RejectOrder(orderId, RejectionReason.INSUFFICIENT_FUNDS));
    }

    @Test
    void sadPath_aRejectedOrderGetsTheSadEmailAndTheSagaEndsWhenItIsSent() {
        declinedForFunds()
                .andThenAPublished(new OrderRejected(orderId, userId, price, RejectionReason.INSUFFICIENT_FUNDS))
                .whenPublishingA(emailSent(EmailKind.ORDER_REJECTED))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void sadPath_anOrderWithoutAnAccountGetsTheSadEmailIfThereIsAnAddress() {
        fixture.givenAPublished(new OrderPlaced(orderId, userId, price))
                .andThenAPublished(new PaymentDeclined(orderId, userId, price, PaymentDeclineReason.NO_ACCOUNT))
                .whenPublishingA(new OrderRejected(orderId, userId, price, RejectionReason.NO_ACCOUNT))
                .expectDispatchedCommands(
                        new SendOrderEmail(orderId, userId, EmailKind.ORDER_REJECTED, price, "NO_ACCOUNT"))
                .expectActiveSagas(0);
    }

    @Test
    void sadPath_anOrderOfNobodyEndsWithoutAnEmail() {
        fixture.setCallbackBehavior((command, metaData) -> {
            if (command instanceof SendOrderEmail) {
                throw new CommandExecutionException("Nobody to write to.", null,
                        NotificationRejection.UNKNOWN_RECIPIENT);
            }
            return null;
        });
        fixture.givenAPublished(new OrderPlaced(orderId, userId, price))
                .andThenAPublished(new PaymentDeclined(orderId, userId, price, PaymentDeclineReason.NO_ACCOUNT))
                .whenPublishingA(new OrderRejected(orderId, userId, price, RejectionReason.NO_ACCOUNT))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void deadline_anOrderWithoutAPaymentInTimeIsRejected() {
        fixture.givenAPublished(new OrderPlaced(orderId, userId, price))
                .whenTimeElapses(PAYMENT_TIMEOUT)
                .expectTriggeredDeadlinesWithName(OrderSaga.PAYMENT_DEADLINE)
                .expectDispatchedCommands(new RejectOrder(orderId, RejectionReason.PAYMENT_TIMEOUT));
    }

    @Test
    void deadline_theSagaWaitsForTheMoneyAfterTheSadEmail() throws Exception {
        fixture.givenAPublished(new OrderPlaced(orderId, userId, price))
                .andThenTimeElapses(PAYMENT_TIMEOUT)
                .andThenAPublished(new OrderRejected(orderId, userId, price, RejectionReason.PAYMENT_TIMEOUT))
                .whenPublishingA(emailSent(EmailKind.ORDER_REJECTED))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(1);
    }

    /** The approval went missing on its way (the order service was down): the deadline asks for it again. */
    @Test
    void missingStep_aPaidOrderStillUndecidedAtTheDeadlineIsApprovedAgain() throws Exception {
        fixture.givenAPublished(new OrderPlaced(orderId, userId, price))
                .andThenAPublished(new PaymentCompleted(orderId, userId, price))
                .whenTimeElapses(PAYMENT_TIMEOUT)
                .expectDispatchedCommands(new ApproveOrder(orderId), happyEmail())
                .expectScheduledDeadlineWithName(PAYMENT_TIMEOUT, OrderSaga.PAYMENT_DEADLINE);
    }

    @Test
    void missingStep_aDeclinedOrderStillUndecidedAtTheDeadlineIsRejectedForItsReason() throws Exception {
        declinedForFunds()
                .whenTimeElapses(PAYMENT_TIMEOUT)
                .expectDispatchedCommands(new RejectOrder(orderId, RejectionReason.INSUFFICIENT_FUNDS));
    }

    /**
     * The happy email went missing on its way (the notification service was down): the deadline asks for the
     * approval again, which the approved order takes again, and the email follows it.
     */
    @Test
    void missingStep_aHappyEmailNotSentByTheDeadlineIsSentAgain() throws Exception {
        paidAndApproved()
                .whenTimeElapses(PAYMENT_TIMEOUT)
                .expectDispatchedCommands(new ApproveOrder(orderId), happyEmail())
                .expectScheduledDeadlineWithName(PAYMENT_TIMEOUT, OrderSaga.PAYMENT_DEADLINE);
    }

    @Test
    void missingStep_aSadEmailNotSentByTheDeadlineIsSentAgain() throws Exception {
        declinedForFunds()
                .andThenAPublished(new OrderRejected(orderId, userId, price, RejectionReason.INSUFFICIENT_FUNDS))
                .whenTimeElapses(PAYMENT_TIMEOUT)
                .expectDispatchedCommands(new SendOrderEmail(orderId, userId, EmailKind.ORDER_REJECTED, price,
                        "INSUFFICIENT_FUNDS"))
                .expectScheduledDeadlineWithName(PAYMENT_TIMEOUT, OrderSaga.PAYMENT_DEADLINE);
    }

    @Test
    void missingStep_theDeadlineComesAgainUntilTheEmailIsSent() throws Exception {
        paidAndApproved()
                .andThenTimeElapses(PAYMENT_TIMEOUT)
                .whenTimeElapses(PAYMENT_TIMEOUT)
                .expectDispatchedCommands(new ApproveOrder(orderId), happyEmail());
    }

    @Test
    void latePayment_moneyTakenAfterTheOrderWasRejectedIsGivenBack() throws Exception {
        fixture.givenAPublished(new OrderPlaced(orderId, userId, price))
                .andThenTimeElapses(PAYMENT_TIMEOUT)
                .andThenAPublished(new OrderRejected(orderId, userId, price, RejectionReason.PAYMENT_TIMEOUT))
                .whenPublishingA(new PaymentCompleted(orderId, userId, price))
                .expectDispatchedCommands(new RefundPayment(orderId, userId))
                .expectActiveSagas(1);
    }

    /**
     * The payment completed while the deadline's rejection was on its way: the saga asked for the approval, which
     * the rejected order refused; the rejection, when it comes, gives the money back.
     */
    @Test
    void latePayment_aPaymentOvertakenByTheRejectionIsGivenBackWhenTheRejectionComes() throws Exception {
        theOrderIsDecidedAlready(RejectOrder.class);
        fixture.givenAPublished(new OrderPlaced(orderId, userId, price))
                .andThenTimeElapses(PAYMENT_TIMEOUT)
                .andThenAPublished(new PaymentCompleted(orderId, userId, price))
                .whenPublishingA(new OrderRejected(orderId, userId, price, RejectionReason.PAYMENT_TIMEOUT))
                .expectDispatchedCommands(new RefundPayment(orderId, userId),
                        new SendOrderEmail(orderId, userId, EmailKind.ORDER_REJECTED, price, "PAYMENT_TIMEOUT"));
    }

    /**
     * The saga approved the order, but that step of the saga rolled back after the command went through (its event
     * comes again); the deadline then found the order undecided, and the approved order refused its rejection. The
     * payment is the order's: it stays, and the order gets its happy email.
     */
    @Test
    void lostStep_thePaymentOfAnOrderApprovedAlreadyStays() throws Exception {
        paidAfterTheDeadlineOfAnOrderDecidedBy(ApproveOrder.class)
                .expectDispatchedCommands(new ApproveOrder(orderId), happyEmail());
    }

    /** The rejection came first: the approval asked for on the payment is refused, and no happy email goes. */
    @Test
    void latePayment_anApprovalRefusedSendsNoHappyEmail() throws Exception {
        paidAfterTheDeadlineOfAnOrderDecidedBy(RejectOrder.class)
                .expectDispatchedCommands(new ApproveOrder(orderId));
    }

    /** The payment completes after the deadline, the order having been decided by {@code decision} meanwhile. */
    private FixtureExecutionResult paidAfterTheDeadlineOfAnOrderDecidedBy(Class<?> decision) throws Exception {
        theOrderIsDecidedAlready(decision);
        return fixture.givenAPublished(new OrderPlaced(orderId, userId, price))
                .andThenTimeElapses(PAYMENT_TIMEOUT)
                .whenPublishingA(new PaymentCompleted(orderId, userId, price));
    }

    private void noServiceTakes(Class<?> commandType) {
        fixture.setCallbackBehavior((command, metaData) -> {
            if (commandType.isInstance(command)) {
                throw new IllegalStateException("no service to take " + commandType.getSimpleName());
            }
            return null;
        });
    }

    /** The order was decided as {@code decidedAs} before: asking for the other decision is refused, as it is. */
    private void theOrderIsDecidedAlready(Class<?> decidedAs) {
        fixture.setCallbackBehavior((command, metaData) -> {
            boolean otherDecision = command instanceof ApproveOrder && decidedAs == RejectOrder.class
                    || command instanceof RejectOrder && decidedAs == ApproveOrder.class;
            if (otherDecision) {
                throw new CommandExecutionException("The order is decided already.", null,
                        OrderRejection.ORDER_DECIDED);
            }
            return null;
        });
    }

    @Test
    void latePayment_theSagaEndsWhenTheRefundIsDone() throws Exception {
        fixture.givenAPublished(new OrderPlaced(orderId, userId, price))
                .andThenTimeElapses(PAYMENT_TIMEOUT)
                .andThenAPublished(new OrderRejected(orderId, userId, price, RejectionReason.PAYMENT_TIMEOUT))
                .andThenAPublished(emailSent(EmailKind.ORDER_REJECTED))
                .andThenAPublished(new PaymentCompleted(orderId, userId, price))
                .whenPublishingA(new PaymentRefunded(orderId, userId, price))
                .expectNoDispatchedCommands()
                .expectActiveSagas(0);
    }

    @Test
    void latePayment_aDeclineAfterTheDeadlineChangesNothingAndEndsTheSaga() throws Exception {
        fixture.givenAPublished(new OrderPlaced(orderId, userId, price))
                .andThenTimeElapses(PAYMENT_TIMEOUT)
                .andThenAPublished(new OrderRejected(orderId, userId, price, RejectionReason.PAYMENT_TIMEOUT))
                .andThenAPublished(emailSent(EmailKind.ORDER_REJECTED))
                .whenPublishingA(new PaymentDeclined(orderId, userId, price, PaymentDeclineReason.INSUFFICIENT_FUNDS))
                .expectNoDispatchedCommands()
                .expectActiveSagas(0);
    }

    /** Emails not about an order (a message of the caller's own) have no order to tell. */
    @Test
    void anEmailOfNoOrderTouchesNoSaga() {
        fixture.givenAPublished(new OrderPlaced(orderId, userId, price))
                .whenPublishingA(new EmailSent(UUID.randomUUID(), userId, "ann@example.com", null, null, "Hi", "Hello"))
                .expectNoDispatchedCommands()
                .expectActiveSagas(1);
    }

    private ContinuedGivenState declinedForFunds() {
        return fixture.givenAPublished(new OrderPlaced(orderId, userId, price))
                .andThenAPublished(new PaymentDeclined(orderId, userId, price, PaymentDeclineReason.INSUFFICIENT_FUNDS));
    }

    private ContinuedGivenState paidAndApproved() {
        return fixture.givenAPublished(new OrderPlaced(orderId, userId, price))
                .andThenAPublished(new PaymentCompleted(orderId, userId, price))
                .andThenAPublished(new OrderApproved(orderId, userId, price));
    }

    /** Commands made into messages when sent, as the gateway makes them, and answered when the test says. */
    private static final class AnsweredLater implements RetriedCommands {

        private final Map<CommandMessage<?>, CompletableFuture<Object>> sent = new LinkedHashMap<>();

        @Override
        public CompletableFuture<Object> send(Object command) {
            CompletableFuture<Object> answer = new CompletableFuture<>();
            sent.put(GenericCommandMessage.asCommandMessage(command), answer);
            return answer;
        }

        CommandMessage<?> sent(Class<?> payloadType) {
            return sent.keySet().stream().filter(command -> command.getPayloadType() == payloadType).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + payloadType.getSimpleName() + " sent"));
        }

        void answer(CommandMessage<?> command) {
            sent.get(command).complete(null);
        }
    }

    private SendOrderEmail happyEmail() {
        return new SendOrderEmail(orderId, userId, EmailKind.ORDER_APPROVED, price, null);
    }

    private EmailSent emailSent(EmailKind kind) {
        return new EmailSent(EmailKind.orderEmailId(orderId), userId, "ann@example.com", orderId, kind, "subject",
                "body");
    }
}
