package shop.docs;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole shop as the local launcher runs it ({@code shop.local.LocalShop}: every service in one JVM, on its own
 * embedded PostgreSQL), on a free port, started once for the tests that read what it serves.
 * <p>
 * The launcher is named, not imported: it is installed as an executable jar, whose classes the build unpacks
 * beside the tests (see the pom), so they are there when the tests run but not when they compile.
 */
final class RunningShop implements AutoCloseable {

    static final String LAUNCHER = "shop.local.LocalShop";

    private final ConfigurableApplicationContext context;
    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();

    private RunningShop(ConfigurableApplicationContext context) {
        this.context = context;
        this.base = URI.create("http://localhost:" + context.getEnvironment().getProperty("local.server.port"));
    }

    static RunningShop start() {
        Class<?> launcher;
        try {
            launcher = Class.forName(LAUNCHER);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(LAUNCHER + " is not on the classpath: build the docs module with Maven,"
                    + " which unpacks the installed local launcher into target/local-launcher", e);
        }
        // arguments, not default properties: those lose to the launcher's application.yml, which says 8080
        ConfigurableApplicationContext context = new SpringApplicationBuilder(launcher)
                .run("--server.port=0", "--server.address=127.0.0.1", "--spring.main.banner-mode=off");
        return new RunningShop(context);
    }

    String get(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
