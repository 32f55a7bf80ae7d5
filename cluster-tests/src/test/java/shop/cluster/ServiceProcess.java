package shop.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One service as its pod runs it: its executable jar in a JVM of its own, with the environment that the chart
 * renders for its container and the memory and processors of its limits. Its address stands in for the pod's IP.
 */
final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final List<String> command;
    private final Map<String, String> env;
    private final String host;
    private final int port;
    private final String readinessPath;
    private final Path log;
    private Process process;
    private int lives;

    ServiceProcess(String name, List<String> command, Map<String, String> env, String host, int port,
            String readinessPath, Path log) {
        this.name = name;
        this.command = List.copyOf(command);
        this.env = Map.copyOf(env);
        this.host = host;
        this.port = port;
        this.readinessPath = readinessPath;
        this.log = log;
    }

    String name() {
        return name;
    }

    /**
     * One more pod of the same Deployment, as a scaled-up one runs it: the same jar and environment but for
     * {@code changes}, on an address of its own. Not started.
     */
    ServiceProcess anotherPod(String podAddress, Map<String, String> changes, Path podLog) {
        Map<String, String> podEnv = new HashMap<>(env);
        podEnv.put("SERVER_ADDRESS", podAddress);
        podEnv.putAll(changes);
        return new ServiceProcess(name, command, podEnv, podAddress, port, readinessPath, podLog);
    }

    /** Where the Ingress would send its traffic: the Service's endpoint. */
    URI address() {
        return URI.create("http://" + host + ":" + port);
    }

    synchronized void start() throws IOException {
        lives++;
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        // one log per run of the suite, with each life of the service in it
        Files.writeString(log, "==== %s, life %d, %s%n".formatted(name, lives, Instant.now()),
                StandardOpenOption.CREATE, lives == 1 ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND);
        process = builder.start();
        Process started = process;
        // a test JVM that dies leaves no service behind
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
    }

    /** Killed as the kernel kills an out-of-memory pod: SIGKILL, no shutdown hook, no goodbye to Axon Server. */
    synchronized void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** The answer of the readiness probe the chart configures: its status, or 0 while nothing listens. */
    int readiness() {
        try {
            return HTTP.send(HttpRequest.newBuilder(address().resolve(readinessPath)).timeout(Duration.ofSeconds(3))
                    .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    void awaitReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (readiness() != 200) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " before it was ready: "
                        + "see " + log);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(name + " was not ready within " + timeout + ": see " + log);
            }
            Thread.sleep(250); // the probe's period, shortened: a poll of a condition, not a wait for time
        }
    }

    @Override
    public synchronized void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** The JVM's command line: the flags of the image (Jib's jvmFlags) and what the container's limits tell it. */
    static List<String> javaCommand(Path jar, List<String> imageJvmFlags, String memoryLimit, String cpuLimit) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:MaxRAM=" + bytes(memoryLimit));
        command.add("-XX:ActiveProcessorCount=" + Math.max(1, (int) Math.ceil(cpus(cpuLimit))));
        command.addAll(imageJvmFlags);
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }

    private static long bytes(String quantity) {
        Map<String, Long> units = Map.of("Ki", 1L << 10, "Mi", 1L << 20, "Gi", 1L << 30);
        for (Map.Entry<String, Long> unit : units.entrySet()) {
            if (quantity.endsWith(unit.getKey())) {
                return Long.parseLong(quantity.substring(0, quantity.length() - 2)) * unit.getValue();
            }
        }
        return Long.parseLong(quantity);
    }

    private static double cpus(String quantity) {
        return quantity.endsWith("m") ? Double.parseDouble(quantity.substring(0, quantity.length() - 1)) / 1000
                : Double.parseDouble(quantity);
    }
}
