package shop.order.service.journey;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the journey's steps: those of a batch of events together, in one JDBC batch, as its transaction is about to
 * commit. One statement per event, each through Spring Data's query and Hibernate, made the journey the busiest thread
 * of the local shop at 200 orders/s ({@code docs/benchmarks.md}, twenty-fourth sitting). A step whose event was seen
 * before (a retry, a replay) adds nothing.
 */
@Component
class JourneySteps {

    private static final String PENDING = JourneySteps.class.getName() + ".pending";
    private static final String INSERT = """
            insert into order_journey_step (event_id, order_id, step, context, occurred_at, amount, reason, detail)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (event_id) do nothing""";

    /** On the connection of the batch's transaction, which Spring holds for the data source. */
    private final JdbcTemplate jdbc;

    JourneySteps(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Within the unit of work of the event: written with the batch it is in, or not at all if that rolls back. */
    void record(Step step) {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        List<Step> pending = batch.getOrComputeResource(PENDING, key -> {
            List<Step> steps = new ArrayList<>();
            batch.onPrepareCommit(committing -> write(steps));
            return steps;
        });
        pending.add(step);
    }

    private void write(List<Step> steps) {
        jdbc.batchUpdate(INSERT, steps, steps.size(), JourneySteps::bind);
    }

    private static void bind(PreparedStatement insert, Step step) throws SQLException {
        insert.setString(1, step.eventId());
        insert.setObject(2, step.orderId());
        insert.setString(3, step.step());
        insert.setString(4, step.context());
        insert.setObject(5, OffsetDateTime.ofInstant(step.at(), ZoneOffset.UTC));
        if (step.amount() == null) {
            insert.setNull(6, Types.NUMERIC);
        } else {
            insert.setBigDecimal(6, step.amount());
        }
        insert.setString(7, step.reason());
        insert.setString(8, step.detail());
    }

    /** A row of {@code order_journey_step}, keyed by the event it was made from. */
    record Step(String eventId, UUID orderId, String step, String context, Instant at, BigDecimal amount,
            String reason, String detail) {
    }
}
