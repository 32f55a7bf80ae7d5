package shop.billing.service.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import shop.billing.api.AccountBalance;

@Entity
@Table(name = "account_summary")
class AccountSummaryEntry {

    @Id
    private UUID userId;
    private BigDecimal balance;
    private Instant openedAt;
    private Instant updatedAt;

    protected AccountSummaryEntry() {
    }

    AccountSummaryEntry(UUID userId, BigDecimal balance, Instant openedAt) {
        this.userId = userId;
        this.balance = balance;
        this.openedAt = openedAt;
        this.updatedAt = openedAt;
    }

    void balanceChanged(BigDecimal balance, Instant at) {
        this.balance = balance;
        this.updatedAt = at;
    }

    AccountBalance toBalance() {
        return new AccountBalance(userId, balance);
    }
}
