package shop.billing.service.payment;

import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import shop.billing.api.AccountCommand;
import shop.billing.api.PaymentCommand;
import shop.billing.api.PaymentDeclineReason;
import shop.billing.api.RefundPayment;
import shop.billing.api.RequestPayment;
import shop.billing.service.account.Account;

/**
 * Moves the money of a payment: the payment and its account change in one unit of work, so their events are
 * stored in one transaction, and a payment is never completed without its charge nor charged without its outcome.
 * Both aggregates are locked, always the payment first, then the account.
 */
@Component
class Cashier {

    private final Repository<Payment> payments;
    private final Repository<Account> accounts;

    Cashier(@Qualifier(PaymentStorage.REPOSITORY) Repository<Payment> payments,
            @Qualifier("accountRepository") Repository<Account> accounts) {
        this.payments = payments;
        this.accounts = accounts;
    }

    /** Requested, then completed or declined before the command answers; asked again, it changes nothing. */
    @CommandHandler
    void handle(RequestPayment command) throws Exception {
        Aggregate<Payment> payment = payments.loadOrCreate(PaymentCommand.paymentIdOf(command.orderId()), Payment::new);
        payment.execute(p -> p.request(command));
        // a payment stored by an earlier billing, which charged in a step of its own, may be requested only: charged now
        if (payment.invoke(Payment::awaitsMoney)) {
            Optional<PaymentDeclineReason> declined = charge(payment.invoke(Payment::due));
            payment.execute(p -> declined.ifPresentOrElse(p::decline, p::complete));
        }
    }

    @CommandHandler
    void handle(RefundPayment command) {
        Aggregate<Payment> payment = payments.load(PaymentCommand.paymentIdOf(command.orderId()));
        if (payment.invoke(Payment::refund)) {
            Payment.Due due = payment.invoke(Payment::due);
            accountOf(due).execute(account -> account.refund(due.orderId(), due.amount()));
        }
    }

    private Optional<PaymentDeclineReason> charge(Payment.Due due) {
        Aggregate<Account> account;
        try {
            account = accountOf(due);
        } catch (AggregateNotFoundException neverOpened) {
            return Optional.of(PaymentDeclineReason.NO_ACCOUNT);
        }
        boolean charged = account.invoke(a -> a.charge(due.orderId(), due.amount()));
        return charged ? Optional.empty() : Optional.of(PaymentDeclineReason.INSUFFICIENT_FUNDS);
    }

    private Aggregate<Account> accountOf(Payment.Due due) {
        return accounts.load(AccountCommand.accountIdOf(due.userId()));
    }
}
