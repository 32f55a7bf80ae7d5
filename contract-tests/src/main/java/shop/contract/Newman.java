package shop.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Postman collection of the assignment, run by newman (installed by {@code npm ci} in the postman module) against
 * a shop, with its report streamed to the test's output so that the requests and answers are there to read.
 */
public final class Newman {

    private static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("newman.timeoutSeconds", 600));

    private final Path postmanDir;

    public Newman(Path postmanDir) {
        this.postmanDir = postmanDir.toAbsolutePath().normalize();
    }

    /** Runs the collection with {@code baseUrl} set to the given host and port; its exit code, 0 when all passed. */
    public int run(String baseUrl) throws IOException, InterruptedException {
        Path newman = postmanDir.resolve("node_modules/.bin/newman");
        assertTrue(Files.isExecutable(newman), "no newman at " + newman + ": run `npm ci` in " + postmanDir);
        List<String> command = List.of(newman.toString(), "run", "shop.postman_collection.json",
                "--env-var", "baseUrl=" + baseUrl);
        System.out.println("[newman] " + String.join(" ", command));
        Process run = new ProcessBuilder(command).directory(postmanDir.toFile()).redirectErrorStream(true).start();
        Thread pump = Thread.ofPlatform().name("newman-output").start(() -> copyToStdout(run));
        try {
            if (!run.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                fail("newman did not finish within " + TIMEOUT.toSeconds() + " s");
            }
            pump.join(Duration.ofSeconds(10));
            return run.exitValue();
        } finally {
            run.destroyForcibly();
        }
    }

    private static void copyToStdout(Process run) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                System.out.println(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
