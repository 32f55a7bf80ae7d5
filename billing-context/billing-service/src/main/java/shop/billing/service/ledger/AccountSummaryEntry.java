package shop.billing.service.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An open account. Its balance is that of its newest ledger entry. */
@Entity
@Table(name = "account_summary")
class AccountSummaryEntry {

    @Id
    private UUID userId;
    private Instant openedAt;

    protected AccountSummaryEntry() {
    }
}
