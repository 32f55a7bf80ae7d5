package shop.order.service.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What {@link OrderBacklog} reads from the summaries: one statement outside a transaction and the persistence
 * context, as {@link PlacedOrders} asks its question. At 10 orders a second it is read for nearly every order, and
 * through the repository's JPQL it took 15% of the order service's request threads on the cluster.
 */
@Component
class BacklogReader {

    private final JdbcClient jdbc;

    BacklogReader(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /**
     * The orders placed since {@code placedSince} and still PENDING, the oldest of them, and the orders decided since
     * {@code decidedSince}.
     */
    OrderBacklog.Reading read(Instant placedSince, Instant decidedSince) {
        return jdbc.sql("""
                        select count(*) filter (where status = 'PENDING' and placed_at > :placedSince) as pending,
                               min(placed_at) filter (where status = 'PENDING' and placed_at > :placedSince) as oldest,
                               count(*) filter (where decided_at > :decidedSince) as decided
                        from order_summary
                        where (status = 'PENDING' and placed_at > :placedSince) or decided_at > :decidedSince""")
                .param("placedSince", OffsetDateTime.ofInstant(placedSince, ZoneOffset.UTC))
                .param("decidedSince", OffsetDateTime.ofInstant(decidedSince, ZoneOffset.UTC))
                .query(BacklogReader::reading)
                .single();
    }

    private static OrderBacklog.Reading reading(ResultSet row, int number) throws SQLException {
        OffsetDateTime oldest = row.getObject("oldest", OffsetDateTime.class);
        return new OrderBacklog.Reading(row.getLong("pending"), oldest == null ? null : oldest.toInstant(),
                row.getLong("decided"));
    }
}
