package shop.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The web console, end to end: the local shop (the fat jar of local-launcher) as a child process on a free loopback
 * port, and {@code console.test.mjs} driving Chromium through the assignment's scenario against it. The script's exit
 * code is the verdict; its output is this test's.
 */
class ConsoleInBrowserTest {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(300);
    private static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(300);
    private static final Path CHROMIUM = Path.of(System.getProperty("chromium", "/usr/bin/chromium"));

    private final Path dir = Path.of(System.getProperty("browser.dir", ".")).toAbsolutePath().normalize();
    private final Path jar = Path.of(System.getProperty("shop.jar", "../local-launcher/target/local-shop.jar"));
    private final Path log = Path.of(System.getProperty("shop.log", "target/local-shop.log"));
    private final Path work = Path.of(System.getProperty("shop.work", "target/local-shop"));
    private final Path screenshots = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    private Process shop;

    @Test
    void theAssignmentsScenarioPlaysThroughTheConsole() throws Exception {
        assertTrue(Files.isRegularFile(jar), "no local shop at " + jar + ": build local-launcher first");
        assertTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM + ": apt-get install -y chromium");
        assertTrue(Files.isDirectory(dir.resolve("node_modules/playwright-core")), "run `npm ci` in " + dir);

        int port = freePort();
        startShop(port);
        awaitReady(port);

        ProcessBuilder node = new ProcessBuilder("node", "console.test.mjs").directory(dir.toFile())
                .redirectErrorStream(true);
        node.environment().put("SHOP_URL", "http://127.0.0.1:" + port + "/");
        node.environment().put("SCREENSHOTS", screenshots.toAbsolutePath().toString());
        node.environment().put("CHROMIUM", CHROMIUM.toString());
        Process script = node.start();
        // through System.out, not inheritIO: the forked JVM's own stdout is surefire's channel
        Thread pump = Thread.ofPlatform().name("console-test-output").start(() -> copy(script.getInputStream()));
        if (!script.waitFor(SCRIPT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            script.destroyForcibly();
            fail("console.test.mjs did not finish within " + SCRIPT_TIMEOUT.toSeconds() + " s");
        }
        pump.join(Duration.ofSeconds(10));
        assertEquals(0, script.exitValue(), "console.test.mjs failed: see its output above, the screenshots in "
                + screenshots + " and the shop's log " + log);
    }

    private static void copy(InputStream output) {
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(output,
                java.nio.charset.StandardCharsets.UTF_8))) {
            lines.lines().forEach(line -> System.out.println("[browser] " + line));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterEach
    void stopShop() throws InterruptedException {
        if (shop != null && shop.isAlive()) {
            shop.destroy(); // the shop stops its embedded PostgreSQL on the way out
            if (!shop.waitFor(30, TimeUnit.SECONDS)) {
                shop.destroyForcibly();
            }
        }
    }

    /** A copy, so that a rebuild of local-launcher while the test runs cannot pull the jar from under the shop. */
    private void startShop(int port) throws IOException {
        Files.createDirectories(work);
        Path copy = Files.copy(jar, work.resolve("local-shop.jar"), StandardCopyOption.REPLACE_EXISTING);
        String java = ProcessHandle.current().info().command().orElse("java");
        shop = new ProcessBuilder(java, "-jar", copy.toAbsolutePath().toString(), "--server.port=" + port,
                "--server.address=127.0.0.1")
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        System.out.println("[browser-tests] the local shop on port " + port + ", its log in " + log);
    }

    private void awaitReady(int port) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!shop.isAlive()) {
                fail("the local shop exited with code " + shop.exitValue() + " before it was ready; see " + log);
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            shop.waitFor(500, TimeUnit.MILLISECONDS);
        }
        fail("the local shop was not ready within " + READY_TIMEOUT.toSeconds() + " s; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
