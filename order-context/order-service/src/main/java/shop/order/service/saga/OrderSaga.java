package shop.order.service.saga;

import java.math.BigDecimal;
import java.util.UUID;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
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

/**
 * From a placed order to its outcome and its email. It asks billing for the payment, decides the order on
 * billing's answer (or on the lack of one, at the deadline), sends the happy or the sad email once the order is
 * decided, and gives back money that comes after the order was rejected. It ends when the email is sent and the
 * money is settled.
 */
@Saga
@ProcessingGroup(OrderSaga.PROCESSING_GROUP)
public class OrderSaga {

    /** Axon's default name for the saga's processor, kept: its tokens are stored under it. */
    static final String PROCESSING_GROUP = "OrderSagaProcessor";

    static final String PAYMENT_DEADLINE = "payment-deadline";
    private static final Logger LOG = LoggerFactory.getLogger(OrderSaga.class);
    private static final String ORDER_ID = "orderId";

    @Autowired
    private transient CommandGateway commands;
    @Autowired
    private transient DeadlineManager deadlines;
    @Autowired
    private transient OrderTimings timings;

    private UUID orderId;
    private UUID userId;
    private BigDecimal price;
    private String paymentDeadlineId;
    /** The saga has asked for the order to be approved or rejected: whatever billing says later, it is decided. */
    private boolean decided;
    private boolean emailSent;
    private boolean paymentSettled;

    @StartSaga
    @SagaEventHandler(associationProperty = ORDER_ID)
    void on(OrderPlaced order) {
        orderId = order.orderId();
        userId = order.userId();
        price = order.price();
        paymentDeadlineId = deadlines.schedule(timings.paymentTimeout(), PAYMENT_DEADLINE);
        // not waited for: billing answers with an event, and a payment that never comes is the deadline's to decide
        commands.send(new RequestPayment(orderId, userId, price)).exceptionally(notPaid -> {
            LOG.warn("The payment of order {} was not taken; the deadline decides the order", orderId, notPaid);
            return null;
        });
    }

    /**
     * Whether the money stays is the order's to say, not this saga's memory: the saga may have approved the order and
     * then lost that step (its unit of work rolled back after the command went through, and the event comes again),
     * while the deadline, finding it undecided, was refused by the approved order. So the saga asks the order to be
     * approved every time; only an order rejected already (at the deadline) makes the payment go back.
     */
    @SagaEventHandler(associationProperty = ORDER_ID)
    void on(PaymentCompleted payment) {
        cancelPaymentDeadline();
        boolean approved = decide(new ApproveOrder(orderId));
        if (approved) {
            paymentSettled = true;
        } else {
            // paid after the order was rejected at the deadline: the money goes back
            commands.sendAndWait(new RefundPayment(orderId, userId));
        }
    }

    @SagaEventHandler(associationProperty = ORDER_ID)
    void on(PaymentDeclined payment) {
        if (!decided) {
            cancelPaymentDeadline();
            decide(new RejectOrder(orderId, reasonOf(payment.reason())));
        }
        settled();
    }

    @SagaEventHandler(associationProperty = ORDER_ID)
    void on(PaymentRefunded refund) {
        settled();
    }

    @DeadlineHandler(deadlineName = PAYMENT_DEADLINE)
    void paymentTimedOut() {
        if (!decided) {
            decide(new RejectOrder(orderId, RejectionReason.PAYMENT_TIMEOUT));
        }
    }

    @SagaEventHandler(associationProperty = ORDER_ID)
    void on(OrderApproved order) {
        email(EmailKind.ORDER_APPROVED, null);
    }

    @SagaEventHandler(associationProperty = ORDER_ID)
    void on(OrderRejected order) {
        email(EmailKind.ORDER_REJECTED, order.reason().name());
    }

    private void cancelPaymentDeadline() {
        deadlines.cancelSchedule(PAYMENT_DEADLINE, paymentDeadlineId);
    }

    /** True when the order is now decided as asked; false when it was decided the other way already. */
    private boolean decide(Object approveOrReject) {
        boolean asAsked = true;
        try {
            commands.sendAndWait(approveOrReject);
        } catch (CommandExecutionException decidedOtherwise) {
            if (decidedOtherwise.getDetails().orElse(null) != OrderRejection.ORDER_DECIDED) {
                throw decidedOtherwise;
            }
            asAsked = false;
        }
        decided = true;
        return asAsked;
    }

    private void email(EmailKind kind, String reason) {
        try {
            commands.sendAndWait(new SendOrderEmail(orderId, userId, kind, price, reason));
        } catch (CommandExecutionException unknownRecipient) {
            // an order of a user who never registered has nobody to write to; any other failure is tried again
            boolean nobodyToTell = unknownRecipient.getDetails().orElse(null) == NotificationRejection.UNKNOWN_RECIPIENT
                    && RejectionReason.NO_ACCOUNT.name().equals(reason);
            if (!nobodyToTell) {
                throw unknownRecipient;
            }
        }
        emailSent = true;
        endWhenDone();
    }

    private void settled() {
        paymentSettled = true;
        endWhenDone();
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
