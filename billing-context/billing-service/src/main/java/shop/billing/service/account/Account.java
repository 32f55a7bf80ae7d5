package shop.billing.service.account;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import shop.billing.api.AccountBalance;
import shop.billing.api.AccountCharged;
import shop.billing.api.AccountCommand;
import shop.billing.api.AccountRefunded;
import shop.billing.api.AccountOpened;
import shop.billing.api.BillingRejection;
import shop.billing.api.DepositMoney;
import shop.billing.api.LedgerEntry;
import shop.billing.api.MoneyDeposited;
import shop.billing.api.MoneyWithdrawn;
import shop.billing.api.OpenAccount;
import shop.billing.api.WithdrawMoney;

/**
 * The money of one user. It alone decides whether money moves, one command at a time, so the balance can never
 * go below zero however many withdrawals race for it.
 * <p>
 * Its cost does not grow with its history: it remembers only its last {@value #RETAINED_TRANSACTIONS}
 * transactions (the window in which a retried one is recognised: the {@code Idempotency-Key} retention of
 * deposits and withdrawals), it is snapshotted every {@value AccountStorage#SNAPSHOT_EVERY} events, and its
 * repository caches it ({@link AccountStorage}).
 */
@Aggregate(snapshotTriggerDefinition = AccountStorage.SNAPSHOT_TRIGGER, cache = AccountStorage.CACHE)
public class Account {

    /**
     * How many of its latest transactions an account remembers. A transaction id older than that is forgotten: sent
     * again, it is a new transaction. Streaming processors redeliver an event within moments (a retry, a restart),
     * far inside this window; a refund is for a charge of the last 30 s (the payment deadline).
     */
    static final int RETAINED_TRANSACTIONS = 1_000;

    @AggregateIdentifier
    private String accountId;
    private UUID userId;
    private BigDecimal balance;
    /**
     * The latest {@value #RETAINED_TRANSACTIONS} transactions this account has seen, oldest first, so that a retried
     * one is answered, not repeated.
     */
    private LinkedHashMap<String, Transaction> transactions;

    protected Account() {
        // for event sourcing, and for the creation policy below
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenAccount command) {
        if (userId != null) {
            throw new BillingRejectedException(BillingRejection.ACCOUNT_ALREADY_OPEN,
                    "The user has an account already.");
        }
        apply(new AccountOpened(command.userId()));
    }

    @CommandHandler
    AccountBalance handle(DepositMoney command) {
        BigDecimal amount = Money.validAmount(command.amount());
        return answerOfEarlier(command.transactionId(), LedgerEntry.Type.DEPOSIT, amount).orElseGet(() -> {
            apply(new MoneyDeposited(userId, command.transactionId(), amount, balance.add(amount)));
            return currentBalance();
        });
    }

    @CommandHandler
    AccountBalance handle(WithdrawMoney command) {
        BigDecimal amount = Money.validAmount(command.amount());
        return answerOfEarlier(command.transactionId(), LedgerEntry.Type.WITHDRAWAL, amount).orElseGet(() -> {
            requireFundsFor(amount);
            apply(new MoneyWithdrawn(userId, command.transactionId(), amount, balance.subtract(amount)));
            return currentBalance();
        });
    }

    /**
     * Takes the price of an order, as part of its payment ({@code Cashier}): true when it is taken, now or before,
     * false when the balance does not cover it. An order is charged at most once, however often this comes.
     */
    public boolean charge(UUID orderId, BigDecimal price) {
        BigDecimal amount = Money.validAmount(price);
        String transactionId = AccountCharged.transactionIdOf(orderId);
        if (answerOfEarlier(transactionId, LedgerEntry.Type.ORDER_PAYMENT, amount).isPresent()) {
            return true;
        }
        if (!covers(amount)) {
            return false;
        }
        apply(new AccountCharged(userId, orderId, amount, balance.subtract(amount)));
        return true;
    }

    /** Gives back what {@link #charge} took for an order, as part of its refund: at most once, and only that. */
    public void refund(UUID orderId, BigDecimal price) {
        BigDecimal amount = Money.validAmount(price);
        Transaction charge = transactions.get(AccountCharged.transactionIdOf(orderId));
        if (charge == null || charge.amount().compareTo(amount) != 0) {
            throw new BillingRejectedException(BillingRejection.NOTHING_TO_REFUND,
                    "The order " + orderId + " was not charged " + amount + ".");
        }
        String transactionId = AccountRefunded.transactionIdOf(orderId);
        if (answerOfEarlier(transactionId, LedgerEntry.Type.REFUND, amount).isEmpty()) {
            apply(new AccountRefunded(userId, orderId, amount, balance.add(amount)));
        }
    }

    private void requireFundsFor(BigDecimal amount) {
        if (!covers(amount)) {
            throw new BillingRejectedException(BillingRejection.INSUFFICIENT_FUNDS,
                    "The balance of " + balance + " does not cover " + amount + ".");
        }
    }

    private boolean covers(BigDecimal amount) {
        return balance.compareTo(amount) >= 0;
    }

    private java.util.Optional<AccountBalance> answerOfEarlier(String transactionId, LedgerEntry.Type kind,
            BigDecimal amount) {
        Transaction earlier = transactions.get(transactionId);
        if (earlier == null) {
            return java.util.Optional.empty();
        }
        if (earlier.kind() != kind || earlier.amount().compareTo(amount) != 0) {
            throw new BillingRejectedException(BillingRejection.TRANSACTION_ID_REUSED,
                    "The transaction " + transactionId + " was a " + earlier.kind().name().toLowerCase()
                            + " of " + earlier.amount() + ".");
        }
        return java.util.Optional.of(new AccountBalance(userId, earlier.balanceAfter()));
    }

    private AccountBalance currentBalance() {
        return new AccountBalance(userId, balance);
    }

    @EventSourcingHandler
    void on(AccountOpened event) {
        accountId = AccountCommand.accountIdOf(event.userId());
        userId = event.userId();
        balance = Money.ZERO;
        transactions = new LinkedHashMap<>();
    }

    @EventSourcingHandler
    void on(MoneyDeposited event) {
        record(event.transactionId(), LedgerEntry.Type.DEPOSIT, event.amount(), event.balance());
    }

    @EventSourcingHandler
    void on(MoneyWithdrawn event) {
        record(event.transactionId(), LedgerEntry.Type.WITHDRAWAL, event.amount(), event.balance());
    }

    @EventSourcingHandler
    void on(AccountCharged event) {
        record(AccountCharged.transactionIdOf(event.orderId()), LedgerEntry.Type.ORDER_PAYMENT, event.amount(),
                event.balance());
    }

    @EventSourcingHandler
    void on(AccountRefunded event) {
        record(AccountRefunded.transactionIdOf(event.orderId()), LedgerEntry.Type.REFUND, event.amount(),
                event.balance());
    }

    private void record(String transactionId, LedgerEntry.Type kind, BigDecimal amount, BigDecimal balanceAfter) {
        transactions.put(transactionId, new Transaction(kind, amount, balanceAfter));
        balance = balanceAfter;
        // the same events in the same order forget the same transactions, whether replayed or from a snapshot
        Iterator<String> oldest = transactions.keySet().iterator();
        while (transactions.size() > RETAINED_TRANSACTIONS) {
            oldest.next();
            oldest.remove();
        }
    }

    private record Transaction(LedgerEntry.Type kind, BigDecimal amount, BigDecimal balanceAfter) {
    }
}
