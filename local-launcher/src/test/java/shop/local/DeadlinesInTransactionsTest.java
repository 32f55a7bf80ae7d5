package shop.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.messaging.ScopeDescriptor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;
import shop.contract.TestedShop;
import shop.contract.TheShop;

/** A deadline is written in the transaction that asks for it: there if and only if that transaction commits. */
@ExtendWith(TheShop.class)
class DeadlinesInTransactionsTest {

    /** A scope no deadline handler of the shop knows; its deadlines are an hour away and cancelled here. */
    record Nowhere(String id) implements ScopeDescriptor {
        @Override
        public String scopeDescription() {
            return "nowhere " + id;
        }
    }

    private static final String DEADLINE = "test-deadline";

    private DeadlineManager deadlines;
    private TransactionManager transactions;
    private JdbcTemplate database;

    @BeforeEach
    void connect(TestedShop shop) {
        LocalTestedShop local = (LocalTestedShop) shop;
        deadlines = local.context().getBean(DeadlineManager.class);
        transactions = local.context().getBean(TransactionManager.class);
        database = local.database();
    }

    @Test
    void aDeadlineAskedForInATransactionThatRollsBackIsNotThere() {
        long before = scheduled();
        Transaction transaction = transactions.startTransaction();
        deadlines.schedule(Instant.now().plusSeconds(3600), DEADLINE, null, new Nowhere("rolled back"));
        transaction.rollback();

        assertThat(scheduled()).isEqualTo(before);
    }

    @Test
    void aDeadlineIsWrittenWhenItsTransactionCommitsAndGoneWhenItsCancellationDoes() {
        long before = scheduled();
        Transaction transaction = transactions.startTransaction();
        String id = deadlines.schedule(Instant.now().plusSeconds(3600), DEADLINE, null, new Nowhere("committed"));
        assertThat(scheduledOutsideTheTransaction()).as("before the commit").isEqualTo(before);
        transaction.commit();
        assertThat(scheduled()).isEqualTo(before + 1);

        Transaction cancellation = transactions.startTransaction();
        deadlines.cancelSchedule(DEADLINE, id);
        assertThat(scheduledOutsideTheTransaction()).as("before the cancellation commits").isEqualTo(before + 1);
        cancellation.commit();
        assertThat(scheduled()).isEqualTo(before);
    }

    private long scheduled() {
        return database.queryForObject("select count(*) from scheduled_tasks", Long.class);
    }

    /** Counted on a connection of its own, as another transaction sees the table. */
    private long scheduledOutsideTheTransaction() {
        try {
            return CompletableFuture.supplyAsync(this::scheduled).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
