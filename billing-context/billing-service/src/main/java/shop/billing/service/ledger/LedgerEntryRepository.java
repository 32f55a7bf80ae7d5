package shop.billing.service.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LedgerEntryRepository extends JpaRepository<LedgerEntryRow, LedgerEntryRow.Key> {

    List<LedgerEntryRow> findByUserIdOrderBySequenceNumberDesc(UUID userId);

    Optional<LedgerEntryRow> findFirstByUserIdOrderBySequenceNumberDesc(UUID userId);

    /** Appends a movement unless it is there already: one transaction of an account is one entry. */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert into ledger_entry (user_id, transaction_id, sequence_number, type, amount, balance, order_id,
                occurred_at)
            values (:userId, :transactionId, :sequence, :type, :amount, :balance, :orderId, :at)
            on conflict (user_id, transaction_id) do nothing""")
    void moved(UUID userId, String transactionId, long sequence, String type, BigDecimal amount, BigDecimal balance,
            UUID orderId, Instant at);
}
