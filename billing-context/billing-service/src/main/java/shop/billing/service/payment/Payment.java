package shop.billing.service.payment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.util.UUID;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import shop.billing.api.BillingRejection;
import shop.billing.api.ConfirmPayment;
import shop.billing.api.DeclinePayment;
import shop.billing.api.PaymentCommand;
import shop.billing.api.PaymentCompleted;
import shop.billing.api.PaymentDeclined;
import shop.billing.api.PaymentRefunded;
import shop.billing.api.PaymentRequested;
import shop.billing.api.RefundPayment;
import shop.billing.api.RequestPayment;

/**
 * The payment of one order: requested once, then completed or declined once, and a completed one refunded at most
 * once. Every command here may come again (a retried saga, a replayed event) and changes nothing the second time.
 */
@Aggregate
public class Payment {

    enum Status { REQUESTED, COMPLETED, DECLINED, REFUNDED }

    @AggregateIdentifier
    private String paymentId;
    private UUID orderId;
    private UUID userId;
    private BigDecimal amount;
    private Status status;

    protected Payment() {
        // for event sourcing, and for the creation policy below
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RequestPayment command) {
        if (paymentId == null) {
            apply(new PaymentRequested(command.orderId(), command.userId(), command.amount()));
        }
    }

    @CommandHandler
    void handle(ConfirmPayment command) {
        if (status == Status.REQUESTED) {
            apply(new PaymentCompleted(orderId, userId, amount));
        }
    }

    @CommandHandler
    void handle(DeclinePayment command) {
        if (status == Status.REQUESTED) {
            apply(new PaymentDeclined(orderId, userId, amount, command.reason()));
        }
    }

    @CommandHandler
    void handle(RefundPayment command) {
        switch (status) {
            case COMPLETED -> apply(new PaymentRefunded(orderId, userId, amount));
            case REFUNDED -> { }
            case REQUESTED, DECLINED -> throw new CommandExecutionException(
                    "The payment of order " + orderId + " is " + status.name().toLowerCase() + ": nothing to refund.",
                    null, BillingRejection.PAYMENT_NOT_COMPLETED);
        }
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
