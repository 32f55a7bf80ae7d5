package shop.billing.service.ledger;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountSummaryRepository extends JpaRepository<AccountSummaryEntry, UUID> {

    /** Adds an opened account unless it is there already. */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert into account_summary (user_id, opened_at) values (:userId, :openedAt)
            on conflict (user_id) do nothing""")
    void opened(UUID userId, Instant openedAt);
}
