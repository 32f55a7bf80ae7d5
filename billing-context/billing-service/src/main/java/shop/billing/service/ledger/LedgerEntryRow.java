package shop.billing.service.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import shop.billing.api.LedgerEntry;

@Entity
@Table(name = "ledger_entry")
@IdClass(LedgerEntryRow.Key.class)
class LedgerEntryRow {

    @Id
    private UUID userId;
    @Id
    private String transactionId;
    private long sequenceNumber;
    @Enumerated(EnumType.STRING)
    private LedgerEntry.Type type;
    private BigDecimal amount;
    private BigDecimal balance;
    private UUID orderId;
    private Instant occurredAt;

    protected LedgerEntryRow() {
    }

    BigDecimal balance() {
        return balance;
    }

    LedgerEntry toEntry() {
        return new LedgerEntry(transactionId, type, amount, balance, orderId, occurredAt);
    }

    record Key(UUID userId, String transactionId) implements Serializable {
    }
}
