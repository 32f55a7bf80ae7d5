package shop.postman;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import shop.contract.Newman;

/**
 * The assignment's scenario, end to end: starts the local shop (the fat jar of local-launcher) on a free port as a
 * child process, waits until it is ready, and runs the Postman collection with newman against it. Any failed
 * assertion of the collection makes newman exit non-zero, and so fails this test. The shop is always stopped.
 */
class AssignmentScenarioTest {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(Long.getLong("shop.readyTimeoutSeconds", 300));
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);

    private final Path postmanDir = Path.of(System.getProperty("postman.dir", ".")).toAbsolutePath().normalize();
    private final Path shopJar = Path.of(System.getProperty("shop.jar",
            postmanDir.resolve("../local-launcher/target/local-shop.jar").toString())).toAbsolutePath().normalize();
    private final Path shopLog = Path.of(System.getProperty("shop.log",
            postmanDir.resolve("target/local-shop.log").toString())).toAbsolutePath().normalize();
    private final Path shopWork = Path.of(System.getProperty("shop.work",
            postmanDir.resolve("target/local-shop").toString())).toAbsolutePath().normalize();

    private Process shop;
    private Instant shopStarted;
    private Instant shopReady;
    private Thread stopOnExit;

    @Test
    void theCollectionPassesAgainstTheLocalShop() throws Exception {
        assertTrue(Files.isRegularFile(shopJar),
                "no local shop at " + shopJar + ": build local-launcher first (mvn verify at the root builds it)");
        int port = freePort();
        startShop(copyOfTheShop(), port);
        awaitReady(port);

        int exitCode = new Newman(postmanDir).run("localhost:" + port);
        assertEquals(0, exitCode, "newman failed (exit code " + exitCode + "): see its report above; the shop's log is "
                + shopLog);
    }

    @AfterEach
    void stopShop() {
        if (shop != null) {
            destroyTree(shop);
            stopOrphanedPostgres();
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
            shop = null;
        }
    }

    /**
     * The shop's embedded PostgreSQL runs detached (pg_ctl starts it, so it is not among the shop's descendants) and
     * the shop stops it when it stops. Should the shop have been killed instead, stop that server here: the one that
     * listens on the port the shop's log names and started while the shop did.
     */
    private void stopOrphanedPostgres() {
        if (shopStarted == null) {
            return;
        }
        Instant startedBy = shopReady != null ? shopReady : Instant.now();
        String log;
        try {
            log = Files.readString(shopLog, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return;
        }
        Matcher url = Pattern.compile("jdbc:postgresql://localhost:(\\d+)/").matcher(log);
        if (!url.find()) {
            return;
        }
        String port = url.group(1);
        ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/bin/postgres")).orElse(false))
                .filter(p -> listensOn(p, port))
                .filter(p -> p.info().startInstant().map(at -> !at.isBefore(shopStarted) && !at.isAfter(startedBy))
                        .orElse(false))
                .forEach(p -> {
                    System.out.println("[postman] stopping the shop's embedded PostgreSQL left running: pid " + p.pid());
                    p.destroy();
                });
    }

    /**
     * Runs a copy of the jar, so that a rebuild of local-launcher while the test runs (mvn package there rewrites the
     * jar in place) cannot pull the classes from under the running shop.
     */
    private Path copyOfTheShop() throws IOException {
        Files.createDirectories(shopWork);
        Path copy = shopWork.resolve(shopJar.getFileName());
        Files.copy(shopJar, copy, StandardCopyOption.REPLACE_EXISTING);
        return copy;
    }

    private void startShop(Path jar, int port) throws IOException {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Files.createDirectories(shopLog.getParent());
        List<String> command = List.of(java, "-jar", jar.toString(), "--server.port=" + port);
        System.out.println("[postman] starting the local shop (a copy of " + shopJar + "): " + String.join(" ", command));
        System.out.println("[postman] its log: " + shopLog);
        shop = new ProcessBuilder(command)
                .directory(shopWork.toFile())
                .redirectErrorStream(true)
                .redirectOutput(shopLog.toFile())
                .start();
        shopStarted = shop.info().startInstant().orElse(Instant.now()).minusSeconds(1);
        Process started = shop;
        stopOnExit = new Thread(() -> destroyTree(started), "stop-local-shop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /** Polls the readiness probe until it answers 200, the shop dies, or the time is up. */
    private void awaitReady(int port) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        Instant start = Instant.now();
        Instant deadline = start.plus(READY_TIMEOUT);
        String last = "no answer yet";
        while (Instant.now().isBefore(deadline)) {
            if (!shop.isAlive()) {
                fail("the local shop exited with code " + shop.exitValue() + " before it was ready:\n" + logTail());
            }
            try {
                HttpResponse<String> answer = http.send(probe, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    shopReady = Instant.now();
                    System.out.printf("[postman] the local shop is ready on port %d after %d s%n", port,
                            Duration.between(start, Instant.now()).toSeconds());
                    return;
                }
                last = answer.statusCode() + " " + answer.body();
            } catch (IOException e) { // not listening yet, or too slow to answer
                last = e.toString();
            }
            shop.waitFor(POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS); // returns at once if the shop dies
        }
        fail("the local shop was not ready within " + READY_TIMEOUT.toSeconds() + " s (last probe: " + last + "):\n"
                + logTail());
    }

    /** Asks the process to stop (the shop stops its embedded PostgreSQL on the way), then forces it and what it started. */
    private static void destroyTree(Process process) {
        if (!process.isAlive()) {
            return;
        }
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private static boolean listensOn(ProcessHandle postgres, String port) {
        List<String> arguments = List.of(postgres.info().arguments().orElse(new String[0]));
        int flag = arguments.indexOf("-p");
        return flag >= 0 && flag + 1 < arguments.size() && arguments.get(flag + 1).equals(port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(shopLog, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + shopLog + ": " + e + ")";
        }
    }
}
