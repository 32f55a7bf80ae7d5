package shop.billing.service.ledger;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface LedgerEntryRepository extends JpaRepository<LedgerEntryRow, LedgerEntryRow.Key> {

    List<LedgerEntryRow> findByUserIdOrderBySequenceNumberDesc(UUID userId);
}
