package shop.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Axon Server from a jar, in a JVM of its own, on 127.0.0.1 only and on free ports, with its event store, control
 * database and log in the suite's work folder. A restart keeps all three.
 */
final class AxonServerJar implements AxonServer {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Path jar;
    private final Path home;
    private final int grpcPort = FreePorts.next();
    private final int httpPort = FreePorts.next();
    private Process process;

    AxonServerJar(Path jar, Path home) {
        this.jar = jar.toAbsolutePath();
        this.home = home.toAbsolutePath();
    }

    @Override
    public String grpcAddress() {
        return "localhost:" + grpcPort;
    }

    @Override
    public URI dashboard() {
        return URI.create("http://127.0.0.1:" + httpPort);
    }

    @Override
    public synchronized void start() throws IOException, InterruptedException {
        boolean firstStart = process == null;
        if (firstStart) {
            deleteRecursively(home);
        }
        Files.createDirectories(home);
        process = new ProcessBuilder(command()).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.log").toFile())).start();
        Process started = process;
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
        awaitHealthy();
        if (firstStart) {
            System.out.printf("[cluster] Axon Server %s: gRPC %s, dashboard %s, data and log in %s%n", jar,
                    grpcAddress(), dashboard(), home);
        }
    }

    @Override
    public synchronized void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            stop();
        }
    }

    private List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        for (String property : List.of(
                "server.address=127.0.0.1",
                "server.port=" + httpPort,
                "axoniq.axonserver.port=" + grpcPort,
                // the address it tells its clients to connect to
                "axoniq.axonserver.hostname=localhost",
                "axoniq.axonserver.event.storage=" + home.resolve("events"),
                "axoniq.axonserver.snapshot.storage=" + home.resolve("events"),
                "axoniq.axonserver.controldb-path=" + home.resolve("control"),
                "axoniq.axonserver.pid-file-location=" + home,
                "axoniq.axonserver.plugin-package-directory=" + home.resolve("plugins/bundles"),
                "axoniq.axonserver.plugin-cache-directory=" + home.resolve("plugins/cache"),
                "logging.file.name=" + home.resolve("axonserver.log"))) {
            command.add("-D" + property);
        }
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }

    private void awaitHealthy() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(dashboard().resolve("/actuator/health"))
                .timeout(Duration.ofSeconds(3)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (true) {
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Axon Server did not start: see " + home.resolve("console.log"));
            }
            process.waitFor(250, TimeUnit.MILLISECONDS);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (var files = Files.walk(directory)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
