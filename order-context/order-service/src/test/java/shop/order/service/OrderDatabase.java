package shop.order.service;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An embedded PostgreSQL with the order service's own tables, as Flyway creates them, for the tests of one class:
 * {@code @RegisterExtension static final OrderDatabase DATABASE = new OrderDatabase();}.
 */
public final class OrderDatabase implements BeforeAllCallback, AfterAllCallback {

    private EmbeddedPostgres postgres;
    /** One for the class: a transaction is bound to its data source, and each of PostgreSQL's is another one. */
    private DataSource dataSource;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        postgres = EmbeddedPostgres.start();
        dataSource = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/order").load().migrate();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        postgres.close();
    }

    public DataSource dataSource() {
        return dataSource;
    }
}
