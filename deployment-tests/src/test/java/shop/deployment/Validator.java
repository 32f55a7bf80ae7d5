package shop.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs deployment-tests/validate-manifests.mjs (Node, with kubernetes-models and
 * {@code @kubernetes-models/gateway-api} installed by `npm ci` in the Maven build) on manifests.
 */
final class Validator {

    static final Path SCRIPT = Path.of(System.getProperty("shop.validator", "validate-manifests.mjs")).toAbsolutePath();

    record Result(int exitCode, String output) {
    }

    private Validator() {
    }

    /** Writes each rendered chart to a file under target/rendered and validates them all at once. */
    static Result validate(List<Named> manifests) {
        try {
            Files.createDirectories(Charts.WORK);
            List<String> command = new ArrayList<>(List.of("node", SCRIPT.toString()));
            for (Named named : manifests) {
                Path file = Charts.WORK.resolve(named.name() + ".yaml");
                Files.writeString(file, named.yaml());
                command.add(file.toString());
            }
            Process process = new ProcessBuilder(command)
                    .directory(SCRIPT.getParent().toFile())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("the validator did not finish in 2 minutes:\n" + output);
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Named(String name, String yaml) {
    }
}
