package shop.cluster;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One PostgreSQL server with the database and user of each service, made by the very script the chart's PostgreSQL
 * runs at its first start. Each service sees only its own database, as in the cluster.
 */
final class Databases implements AutoCloseable {

    private final EmbeddedPostgres server;

    private Databases(EmbeddedPostgres server) {
        this.server = server;
    }

    static Databases start(Path dataDirectory, String initSql) throws IOException, SQLException {
        EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(true)
                .start();
        try (Connection admin = server.getPostgresDatabase().getConnection(); Statement sql = admin.createStatement()) {
            for (String statement : initSql.split(";\\s*(\\n|$)")) {
                if (!statement.isBlank()) {
                    sql.execute(statement);
                }
            }
        }
        return new Databases(server);
    }

    /** host:port where the services find the server. */
    String address() {
        return "localhost:" + server.getPort();
    }

    long count(String database, String query) {
        try (Connection connection = server.getDatabase("postgres", database).getConnection();
                Statement sql = connection.createStatement(); ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(query + " on " + database + ": " + e.getMessage(), e);
        }
    }

    /** How many rows the statement changed. */
    int execute(String database, String statement) {
        try (Connection connection = server.getDatabase("postgres", database).getConnection();
                Statement sql = connection.createStatement()) {
            return sql.executeUpdate(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement + " on " + database + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
