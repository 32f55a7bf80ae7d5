package shop.order.service.saga;

import java.math.BigDecimal;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.messaging.Message;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
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
import shop.order.api.OrderPlaced;
import shop.order.api.OrderRejected;
import shop.order.api.OrderRejection;
import shop.order.api.OrderStatus;
import shop.order.api.RejectOrder;
import shop.order.api.RejectionReason;
import shop.order.service.OrderTimings;

/**
 * From a placed order to its outcome and its email. It asks billing for the payment, decides the order on
 * billing's answer (or on the lack of one, at the deadline), sends the happy or the sad email once the order is
 * decided, and gives back money that comes after the order was rejected. It ends when the email is sent and the
 * money is settled.
 *
 * <p>It does not wait for the commands it sends: each one's outcome comes back as an event (the order decided, the
 * email sent), and that event takes the saga on. So one thread keeps many orders going, and what a step knows is what
 * the events have told it. The approval is the one command whose success sends the next: the happy email goes as
 * soon as the order takes its approval, and its {@link EmailSent} tells the saga both, a step sooner than
 * {@link shop.order.api.OrderApproved} would, which the saga does not take. A command that fails is tried again
 * ({@link RetriedCommands}); one that still goes missing is sent again by the deadline, which stays until the order
 * is decided and its email sent, and comes again every {@code payment-timeout} while it is not.
 */
@Saga
@ProcessingGroup(OrderSaga.PROCESSING_GROUP)
public class OrderSaga {

    /** Axon's default name for the saga's processor, kept: its tokens are stored under it. */
    static final String PROCESSING_GROUP = "OrderSagaProcessor";

    static final String PAYMENT_DEADLINE = "payment-deadline";
    private static final Logger LOG = LoggerFactory.getLogger(OrderSaga.class);
    private static final String ORDER_ID = "orderId";

    /** For the two rare steps that wait. */
    @Autowired
    private transient CommandGateway commands;
    @Autowired
    private transient RetriedCommands retried;
    @Autowired
    private transient DeadlineManager deadlines;
    @Autowired
    private transient OrderTimings timings;

    private UUID orderId;
    private UUID userId;
    private BigDecimal price;
    private String paymentDeadlineId;
    private boolean paid;
    private PaymentDeclineReason declined;
    /** As the order's events tell it, and the approval as its email tells it: null until then. */
    private OrderStatus decision;
    private RejectionReason rejectedFor;
    private boolean emailSent;
    private boolean paymentSettled;

    @StartSaga
    @SagaEventHandler(associationProperty = ORDER_ID)
    void on(OrderPlaced order) {
        orderId = order.orderId();
        userId = order.userId();
        price = order.price();
        paymentDeadlineId = deadlines.schedule(timings.paymentTimeout(), PAYMENT_DEADLINE);
        // billing answers with an event, and a payment that never comes is the deadline's to decide
        send(new RequestPayment(orderId, userId, price));
    }

    /**
     * Whether the money stays is the order's to say: a payment that completes while the deadline's rejection is on
     * its way asks for the approval all the same, and one of the two is refused. Only an order rejected already gives
     * the payment back, here or when its rejection comes.
     */
    @SagaEventHandler(associationProperty = ORDER_ID)
    void on(PaymentCompleted payment) {
        paid = true;
        if (decision == OrderStatus.REJECTED) {
            refund();
        } else if (decision == null) {
            approve();
        }
    }

    @SagaEventHandler(associationProperty = ORDER_ID)
    void on(PaymentDeclined payment) {
        declined = payment.reason();
        paymentSettled = true;
        if (decision == null) {
            send(new RejectOrder(orderId, reasonOf(declined)));
        }
        endWhenDone();
    }

    @SagaEventHandler(associationProperty = ORDER_ID)
    void on(PaymentRefunded refund) {
        paymentSettled = true;
        endWhenDone();
    }

    @SagaEventHandler(associationProperty = ORDER_ID)
    void on(OrderRejected order) {
        decision = OrderStatus.REJECTED;
        rejectedFor = order.reason();
        if (paid) {
            refund();
        }
        sendSadEmail();
    }

    @SagaEventHandler(associationProperty = ORDER_ID)
    void on(EmailSent email) {
        if (email.kind() == EmailKind.ORDER_APPROVED) {
            // sent only once the order had taken its approval: the order is approved, and the money stays
            decision = OrderStatus.APPROVED;
            paymentSettled = true;
        }
        emailSent();
    }

    /**
     * First the payment's deadline: an order still undecided is rejected, unless it was paid. Then, every time it
     * comes again, it sends what is still due, its command having gone missing: the decision, or the sad email; the
     * happy one comes with the approval.
     */
    @DeadlineHandler(deadlineName = PAYMENT_DEADLINE)
    void stepOverdue() {
        if (decision == null && paid) {
            // approved already, perhaps, with its email lost: an approved order takes its approval again
            approve();
        } else if (decision == null) {
            send(new RejectOrder(orderId, rejectionWithoutAnswer()));
        } else if (!emailSent) {
            sendSadEmail();
        }
        if (decision == null || !emailSent) {
            paymentDeadlineId = deadlines.schedule(timings.paymentTimeout(), PAYMENT_DEADLINE);
        }
    }

    private RejectionReason rejectionWithoutAnswer() {
        return declined == null ? RejectionReason.PAYMENT_TIMEOUT : reasonOf(declined);
    }

    /**
     * The happy email is made here, in the step, so that it carries the step's correlation, and sent once the order
     * has taken the approval: an approval refused (the order rejected meanwhile) sends none.
     */
    private void approve() {
        CommandMessage<SendOrderEmail> happyEmail = GenericCommandMessage.asCommandMessage(
                new SendOrderEmail(orderId, userId, EmailKind.ORDER_APPROVED, price, null));
        send(new ApproveOrder(orderId)).thenRun(() -> send(happyEmail));
    }

    private void refund() {
        // rare, and waited for: a refund that fails rolls the step back and its event comes again
        commands.sendAndWait(new RefundPayment(orderId, userId));
    }

    /** The happy one follows the approval ({@link #approve}). */
    private void sendSadEmail() {
        SendOrderEmail email = new SendOrderEmail(orderId, userId, EmailKind.ORDER_REJECTED, price,
                rejectedFor.name());
        if (rejectedFor != RejectionReason.NO_ACCOUNT) {
            send(email);
            return;
        }
        // a user without an account may have no address either: waited for, as the refusal says it
        try {
            commands.sendAndWait(email);
        } catch (CommandExecutionException unknownRecipient) {
            if (unknownRecipient.getDetails().orElse(null) != NotificationRejection.UNKNOWN_RECIPIENT) {
                throw unknownRecipient;
            }
        }
        emailSent();
    }

    private void emailSent() {
        emailSent = true;
        deadlines.cancelSchedule(PAYMENT_DEADLINE, paymentDeadlineId);
        endWhenDone();
    }

    /** Sent without waiting; what fails is logged here, and the returned answer tells only of a success. */
    private CompletableFuture<Object> send(Object command) {
        CompletableFuture<Object> answer = retried.send(command);
        answer.exceptionally(failure -> {
            Object payload = command instanceof Message<?> message ? message.getPayload() : command;
            if (RetriedCommandsGateway.decidedOtherwise(failure)) {
                LOG.debug("Order {} was decided the other way; its event tells the saga", orderId);
            } else if (payload instanceof RequestPayment) {
                LOG.warn("The payment of order {} was not taken; the deadline decides the order", orderId, failure);
            } else {
                LOG.warn("{} of order {} failed; the deadline sends it again", payload.getClass().getSimpleName(),
                        orderId, failure);
            }
            return null;
        });
        return answer;
    }

    private void endWhenDone() {
        if (emailSent && paymentSettled) {
            SagaLifecycle.end();
        }
    }

    private static RejectionReason reasonOf(PaymentDeclineReason reason) {
        return switch (reason) {
            case INSUFFICIENT_FUNDS -> RejectionReason.INSUFFICIENT_FUNDS;
            case NO_ACCOUNT -> RejectionReason.NO_ACCOUNT;
        };
    }
}
