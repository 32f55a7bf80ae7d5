package shop.benchmark;

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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The local shop as a child process of the simulation, for the smoke run inside {@code mvn verify}: when the
 * system property {@code shopJar} names the fat jar of local-launcher, the simulation starts a copy of it on a
 * free port (its own embedded PostgreSQL), waits until it is ready, runs against it and stops it at the end.
 * Without {@code shopJar} nothing is started and {@code baseUrl} is used as given.
 */
final class LocalShopProcess {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(Long.getLong("shopReadySeconds", 300));
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private static Process shop;

    private LocalShopProcess() {
    }

    /** The shop to run against: started here when {@code shopJar} is set, {@code baseUrl} otherwise. */
    static synchronized String baseUrl() {
        String jar = System.getProperty("shopJar", "");
        if (jar.isBlank()) {
            return System.getProperty("baseUrl", "http://localhost:8080");
        }
        try {
            return start(Path.of(jar).toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String start(Path jar) throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no local shop at " + jar + ": build local-launcher first");
        }
        Path work = Path.of(System.getProperty("shopWork", "target/local-shop")).toAbsolutePath();
        Path log = work.resolve("local-shop.log");
        Files.createDirectories(work);
        // a copy: a rebuild of local-launcher meanwhile must not pull the classes from under the running shop
        Path copy = Files.copy(jar, work.resolve("local-shop.jar"), StandardCopyOption.REPLACE_EXISTING);
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-jar", copy.toString(), "--server.port=" + port,
                "--server.address=127.0.0.1"));
        String args = System.getProperty("shopArgs", "").trim();
        if (!args.isEmpty()) {
            command.addAll(List.of(args.split("\\s+")));
        }
        System.out.println("[benchmark] starting the local shop: " + String.join(" ", command) + "\n[benchmark] its log: "
                + log);
        shop = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        Process started = shop;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> destroy(started), "stop-local-shop"));
        String url = "http://127.0.0.1:" + port;
        awaitReady(url, log);
        return url;
    }

    private static void awaitReady(String url, Path log) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(url + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        Instant start = Instant.now();
        while (Duration.between(start, Instant.now()).compareTo(READY_TIMEOUT) < 0) {
            if (!shop.isAlive()) {
                throw new IllegalStateException("the local shop exited with code " + shop.exitValue()
                        + " before it was ready, see " + log + ":\n" + tail(log));
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    System.out.printf("[benchmark] the local shop is ready at %s after %d s%n", url,
                            Duration.between(start, Instant.now()).toSeconds());
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            shop.waitFor(500, TimeUnit.MILLISECONDS);
        }
        destroy(shop);
        throw new IllegalStateException("the local shop was not ready within " + READY_TIMEOUT.toSeconds() + " s:\n"
                + tail(log));
    }

    /** Stops the shop started here, if any (it stops its embedded PostgreSQL on the way out). */
    static synchronized void stop() {
        if (shop != null) {
            destroy(shop);
            shop = null;
        }
    }

    private static void destroy(Process process) {
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ")";
        }
    }
}
