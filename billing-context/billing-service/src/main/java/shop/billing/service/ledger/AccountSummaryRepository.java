package shop.billing.service.ledger;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountSummaryRepository extends JpaRepository<AccountSummaryEntry, UUID> {
}
