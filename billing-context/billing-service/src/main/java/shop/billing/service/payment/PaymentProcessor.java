package shop.billing.service.payment;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import shop.billing.api.BillingRejection;
import shop.billing.api.ChargeForOrder;
import shop.billing.api.ConfirmPayment;
import shop.billing.api.DeclinePayment;
import shop.billing.api.PaymentDeclineReason;
import shop.billing.api.PaymentRefunded;
import shop.billing.api.PaymentRequested;
import shop.billing.api.RefundForOrder;

/**
 * Moves the money of a payment: it charges the account, and tells the payment how that went. A crash between the
 * two is safe: the event comes again, the account answers the repeated charge as the first one, and the payment
 * learns its outcome then.
 */
@Component
@ProcessingGroup("payment-processing")
// a replay would charge again the orders older than the account's window of remembered transactions
@DisallowReplay
class PaymentProcessor {

    private final CommandGateway commands;

    PaymentProcessor(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(PaymentRequested payment) {
        try {
            commands.sendAndWait(new ChargeForOrder(payment.userId(), payment.orderId(), payment.amount()));
        } catch (CommandExecutionException refused) {
            commands.sendAndWait(new DeclinePayment(payment.orderId(), declineReasonOf(refused)));
            return;
        }
        commands.sendAndWait(new ConfirmPayment(payment.orderId()));
    }

    @EventHandler
    void on(PaymentRefunded refund) {
        commands.sendAndWait(new RefundForOrder(refund.userId(), refund.orderId(), refund.amount()));
    }

    private static PaymentDeclineReason declineReasonOf(CommandExecutionException refused) {
        if (refused.getDetails().orElse(null) instanceof BillingRejection rejection) {
            switch (rejection) {
                case INSUFFICIENT_FUNDS:
                    return PaymentDeclineReason.INSUFFICIENT_FUNDS;
                case ACCOUNT_NOT_FOUND:
                    return PaymentDeclineReason.NO_ACCOUNT;
                default:
                    break;
            }
        }
        // anything else is no verdict on the payment: let the event come again
        throw refused;
    }
}
