package shop.billing.service.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import shop.billing.api.AccountBalance;
import shop.billing.api.AccountCharged;
import shop.billing.api.AccountRefunded;
import shop.billing.api.AccountOpened;
import shop.billing.api.FindAccount;
import shop.billing.api.FindLedger;
import shop.billing.api.Ledger;
import shop.billing.api.LedgerEntry;
import shop.billing.api.MoneyDeposited;
import shop.billing.api.MoneyWithdrawn;

/** The balance of every account and the ledger of its movements. */
@Component
@ProcessingGroup(LedgerProjection.PROCESSING_GROUP)
class LedgerProjection {

    static final String PROCESSING_GROUP = "billing-ledger";

    private static final BigDecimal NOTHING_YET = BigDecimal.ZERO.setScale(2);

    private final AccountSummaryRepository accounts;
    private final LedgerEntryRepository ledger;

    LedgerProjection(AccountSummaryRepository accounts, LedgerEntryRepository ledger) {
        this.accounts = accounts;
        this.ledger = ledger;
    }

    @EventHandler
    void on(AccountOpened event, @Timestamp Instant at) {
        accounts.opened(event.userId(), at);
    }

    @EventHandler
    void on(MoneyDeposited event, @SequenceNumber long sequence, @Timestamp Instant at) {
        moved(event.userId(), event.transactionId(), sequence, LedgerEntry.Type.DEPOSIT, event.amount(),
                event.balance(), null, at);
    }

    @EventHandler
    void on(MoneyWithdrawn event, @SequenceNumber long sequence, @Timestamp Instant at) {
        moved(event.userId(), event.transactionId(), sequence, LedgerEntry.Type.WITHDRAWAL, event.amount(),
                event.balance(), null, at);
    }

    @EventHandler
    void on(AccountCharged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        moved(event.userId(), AccountCharged.transactionIdOf(event.orderId()), sequence,
                LedgerEntry.Type.ORDER_PAYMENT, event.amount(), event.balance(), event.orderId(), at);
    }

    @EventHandler
    void on(AccountRefunded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        moved(event.userId(), AccountRefunded.transactionIdOf(event.orderId()), sequence,
                LedgerEntry.Type.REFUND, event.amount(), event.balance(), event.orderId(), at);
    }

    private void moved(UUID userId, String transactionId, long sequence, LedgerEntry.Type type, BigDecimal amount,
            BigDecimal balance, UUID orderId, Instant at) {
        ledger.moved(userId, transactionId, sequence, type.name(), amount, balance, orderId, at);
    }

    /** {@code null} while the account is not open. */
    @QueryHandler
    AccountBalance handle(FindAccount query) {
        if (!accounts.existsById(query.userId())) {
            return null;
        }
        return new AccountBalance(query.userId(), ledger.findFirstByUserIdOrderBySequenceNumberDesc(query.userId())
                .map(LedgerEntryRow::balance)
                .orElse(NOTHING_YET));
    }

    @QueryHandler
    Ledger handle(FindLedger query) {
        return new Ledger(ledger.findByUserIdOrderBySequenceNumberDesc(query.userId()).stream()
                .map(LedgerEntryRow::toEntry)
                .toList());
    }
}
