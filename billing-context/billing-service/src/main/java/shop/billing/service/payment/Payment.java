package shop.billing.service.payment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.util.UUID;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import shop.billing.api.BillingRejection;
import shop.billing.api.PaymentCommand;
import shop.billing.api.PaymentCompleted;
import shop.billing.api.PaymentDeclineReason;
import shop.billing.api.PaymentDeclined;
import shop.billing.api.PaymentRefunded;
import shop.billing.api.PaymentRequested;
import shop.billing.api.RequestPayment;

/**
 * The payment of one order: requested once, then completed or declined once, and a completed one refunded at most
 * once. It takes no commands itself: the {@link Cashier} moves it together with the account whose money it moves,
 * in one unit of work. Every step may come again (a retried saga, a replayed event) and changes nothing the second
 * time.
 */
@Aggregate(repository = PaymentStorage.REPOSITORY)
public class Payment {

    enum Status { REQUESTED, COMPLETED, DECLINED, REFUNDED }

    @AggregateIdentifier
    private String paymentId;
    private UUID orderId;
    private UUID userId;
    private BigDecimal amount;
    private Status status;

    protected Payment() {
        // for event sourcing, and for a payment not yet requested
    }

    void request(RequestPayment command) {
        if (paymentId == null) {
            apply(new PaymentRequested(command.orderId(), command.userId(), command.amount()));
        }
    }

    /** Requested, and neither completed nor declined yet. */
    boolean awaitsMoney() {
        return status == Status.REQUESTED;
    }

    void complete() {
        if (awaitsMoney()) {
            apply(new PaymentCompleted(orderId, userId, amount));
        }
    }

    void decline(PaymentDeclineReason reason) {
        if (awaitsMoney()) {
            apply(new PaymentDeclined(orderId, userId, amount, reason));
        }
    }

    /** True when the money is to go back now; false when it went back before. */
    boolean refund() {
        return switch (status) {
            case COMPLETED -> {
                apply(new PaymentRefunded(orderId, userId, amount));
                yield true;
            }
            case REFUNDED -> false;
            case REQUESTED, DECLINED -> throw new CommandExecutionException(
                    "The payment of order " + orderId + " is " + status.name().toLowerCase() + ": nothing to refund.",
                    null, BillingRejection.PAYMENT_NOT_COMPLETED);
        };
    }

    /** What the payment takes from which account, for which order. */
    Due due() {
        return new Due(orderId, userId, amount);
    }

    record Due(UUID orderId, UUID userId, BigDecimal amount) {
    }

    @EventSourcingHandler
    void on(PaymentRequested event) {
        paymentId = PaymentCommand.paymentIdOf(event.orderId());
        orderId = event.orderId();
        userId = event.userId();
        amount = event.amount();
        status = Status.REQUESTED;
    }

    @EventSourcingHandler
    void on(PaymentCompleted event) {
        status = Status.COMPLETED;
    }

    @EventSourcingHandler
    void on(PaymentDeclined event) {
        status = Status.DECLINED;
    }

    @EventSourcingHandler
    void on(PaymentRefunded event) {
        status = Status.REFUNDED;
    }
}
