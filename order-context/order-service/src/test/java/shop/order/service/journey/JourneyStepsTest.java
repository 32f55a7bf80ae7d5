package shop.order.service.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import shop.order.service.OrderDatabase;

/** The journey's steps on the table that Flyway creates, written as the processor's batches commit. */
class JourneyStepsTest {

    private static final Instant AT = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private static final UUID ORDER = UUID.randomUUID();

    @RegisterExtension
    static final OrderDatabase DATABASE = new OrderDatabase();

    private final JourneySteps steps = new JourneySteps(DATABASE.dataSource());
    private final SpringTransactionManager transactions =
            new SpringTransactionManager(new DataSourceTransactionManager(DATABASE.dataSource()));
    private final JdbcClient jdbc = JdbcClient.create(DATABASE.dataSource());

    @BeforeEach
    void noSteps() {
        jdbc.sql("delete from order_journey_step").update();
    }

    @Test
    void theStepsOfABatchAreStoredWhenItCommits_eachAsItWasRecorded() {
        inOneBatch(step("e1", "PLACED", new BigDecimal("10.00"), null), step("e2", "REJECTED", null, "NO_ACCOUNT"));

        assertThat(stored()).containsExactlyInAnyOrder(
                step("e1", "PLACED", new BigDecimal("10.00"), null), step("e2", "REJECTED", null, "NO_ACCOUNT"));
    }

    @Test
    void aBatchThatFailsInAHandlerStoresNoStep() {
        assertThatThrownBy(() -> inOneBatch(step("e1", "PLACED", BigDecimal.TEN, null), null))
                .isInstanceOf(IllegalStateException.class);

        assertThat(stored()).isEmpty();
    }

    /** As when the token cannot be stored: the steps are written by then, in the transaction that rolls back. */
    @Test
    void aBatchThatFailsAsItCommitsStoresNoStep() {
        assertThatThrownBy(() -> inOneBatch(true, step("e1", "PLACED", BigDecimal.TEN, null)))
                .isInstanceOf(IllegalStateException.class);

        assertThat(stored()).isEmpty();
    }

    @Test
    void aStepWhoseEventComesAgainAddsNothing() {
        inOneBatch(step("e1", "PLACED", new BigDecimal("10.00"), null));
        inOneBatch(step("e1", "PLACED", new BigDecimal("10.00"), null), step("e2", "APPROVED", null, null));

        assertThat(stored()).extracting(JourneySteps.Step::eventId).containsExactlyInAnyOrder("e1", "e2");
    }

    private void inOneBatch(JourneySteps.Step... recorded) {
        inOneBatch(false, recorded);
    }

    /**
     * As a tracking processor runs a batch: a unit of work for its events, in one transaction. A null fails its
     * handler; {@code failAtCommit} fails the batch after the steps' own step before the commit.
     */
    private void inOneBatch(boolean failAtCommit, JourneySteps.Step... recorded) {
        List<Message<?>> events = Arrays.stream(recorded)
                .<Message<?>>map(step -> GenericEventMessage.asEventMessage(step == null ? "failure" : step))
                .toList();
        BatchingUnitOfWork<?> batch = new BatchingUnitOfWork<>(events);
        batch.attachTransaction(transactions);
        batch.executeWithResult(() -> {
            if (!(batch.getMessage().getPayload() instanceof JourneySteps.Step step)) {
                throw new IllegalStateException("a handler failed");
            }
            steps.record(step);
            if (failAtCommit && batch.isLastMessage()) {
                batch.onPrepareCommit(committing -> {
                    throw new IllegalStateException("the token was not stored");
                });
            }
            return null;
        });
        batch.getExecutionResults().values().forEach(result -> {
            if (result.isExceptionResult()) {
                throw (RuntimeException) result.getExceptionResult();
            }
        });
    }

    private static JourneySteps.Step step(String eventId, String kind, BigDecimal amount, String reason) {
        return new JourneySteps.Step(eventId, ORDER, kind, "order", AT, amount, reason, kind + " of the order");
    }

    private List<JourneySteps.Step> stored() {
        return jdbc.sql("""
                        select event_id, order_id, step, context, occurred_at, amount, reason, detail
                        from order_journey_step""")
                .query((row, number) -> new JourneySteps.Step(row.getString("event_id"),
                        row.getObject("order_id", UUID.class), row.getString("step"), row.getString("context"),
                        row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        row.getBigDecimal("amount"), row.getString("reason"), row.getString("detail")))
                .list();
    }
}
