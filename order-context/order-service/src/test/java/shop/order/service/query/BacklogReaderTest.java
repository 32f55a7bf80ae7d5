package shop.order.service.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import shop.order.service.OrderDatabase;

/** The door's reading of the summaries, on the table that Flyway creates. */
class BacklogReaderTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private static final Instant PLACED_SINCE = NOW.minusSeconds(60);
    private static final Instant DECIDED_SINCE = NOW.minusSeconds(10);

    @RegisterExtension
    static final OrderDatabase DATABASE = new OrderDatabase();

    private final BacklogReader reader = new BacklogReader(DATABASE.dataSource());
    private final JdbcClient jdbc = JdbcClient.create(DATABASE.dataSource());

    @BeforeEach
    void noOrders() {
        jdbc.sql("delete from order_summary").update();
    }

    @Test
    void noOrderIsNoBacklog() {
        assertThat(reader.read(PLACED_SINCE, DECIDED_SINCE)).isEqualTo(new OrderBacklog.Reading(0L, null, 0L));
    }

    @Test
    void countsTheOrdersPendingSinceAndTheOrdersDecidedLately() {
        summary("PENDING", NOW.minusSeconds(5), null);
        summary("PENDING", NOW.minusSeconds(2), null);
        // pending since before the window: a read model that missed its decision, not a backlog
        summary("PENDING", NOW.minusSeconds(600), null);
        summary("APPROVED", NOW.minusSeconds(8), NOW.minusSeconds(3));
        summary("REJECTED", NOW.minusSeconds(9), NOW.minusSeconds(4));
        summary("APPROVED", NOW.minusSeconds(7), NOW.minusSeconds(1));
        // decided before the pace's window
        summary("APPROVED", NOW.minusSeconds(30), NOW.minusSeconds(20));

        assertThat(reader.read(PLACED_SINCE, DECIDED_SINCE))
                .isEqualTo(new OrderBacklog.Reading(2L, NOW.minusSeconds(5), 3L));
    }

    private void summary(String status, Instant placedAt, Instant decidedAt) {
        jdbc.sql("""
                        insert into order_summary (id, user_id, price, status, placed_at, decided_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), UUID.randomUUID(), new BigDecimal("10.00"), status,
                        Timestamp.from(placedAt), decidedAt == null ? null : Timestamp.from(decidedAt))
                .update();
    }
}
