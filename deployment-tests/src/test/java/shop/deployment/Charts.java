package shop.deployment;

import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The two charts of the repository, rendered offline by Helm (helm-java runs Helm in-process). */
final class Charts {

    /** The repository's root; Maven passes it, and tests run from the module's directory. */
    static final Path ROOT = Path.of(System.getProperty("shop.root", "..")).toAbsolutePath().normalize();
    static final Path SHOP = ROOT.resolve("charts/shop");
    static final Path AXON_SERVER = ROOT.resolve("axon-server");
    /** Where rendered manifests are written for the schema validator. */
    static final Path WORK = Path.of(System.getProperty("shop.work", "target/rendered")).toAbsolutePath();

    private static final Map<Path, Path> COPIES_WITHOUT_TEST_HOOKS = new ConcurrentHashMap<>();
    private static final Pattern HOOK_ANNOTATION = Pattern.compile("(?m)^\\s*helm\\.sh/hook(-[a-z-]+)?:.*$");

    private Charts() {
    }

    /** `helm template` of a chart with --set values; fails the test if Helm refuses. */
    static Manifests render(Path chart, String release, String namespace, Map<String, ?> values) {
        try {
            return Manifests.parse(template(chart, release, namespace, values));
        } catch (IllegalStateException e) {
            return fail("helm template %s failed with %s: %s", chart.getFileName(), values, e.getMessage());
        }
    }

    /**
     * Like {@link #render}, with the chart's `helm test` pods as well. `helm template` (as
     * helm-java runs it) leaves hooks out, so the chart is copied and the hook annotations of its
     * templates/tests are dropped in the copy: the test pods then render as plain objects.
     */
    static Manifests renderWithTests(Path chart, String release, String namespace, Map<String, ?> values) {
        Path copy = COPIES_WITHOUT_TEST_HOOKS.computeIfAbsent(chart, Charts::copyWithoutTestHooks);
        return render(copy, release, namespace, values);
    }

    /** The message with which Helm refuses to render the chart with these values. */
    static String renderFailure(Path chart, String release, String namespace, Map<String, ?> values) {
        Throwable thrown = catchThrowable(() -> template(chart, release, namespace, values));
        if (thrown == null) {
            return fail("helm template %s with %s should have failed, but rendered", chart.getFileName(), values);
        }
        return thrown.getMessage();
    }

    static LintResult lint(Path chart) {
        return new Helm(chart).lint().strict().call();
    }

    private static String template(Path chart, String release, String namespace, Map<String, ?> values) {
        TemplateCommand command = new Helm(chart).template().withName(release).withNamespace(namespace);
        for (Map.Entry<String, ?> value : values.entrySet()) {
            command = command.set(value.getKey(), value.getValue());
        }
        return command.call();
    }

    private static Path copyWithoutTestHooks(Path chart) {
        try {
            Path copy = WORK.resolve(chart.getFileName() + "-with-tests");
            deleteRecursively(copy);
            Files.createDirectories(copy);
            try (Stream<Path> files = Files.walk(chart)) {
                for (Path source : files.toList()) {
                    Path target = copy.resolve(chart.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            Path tests = copy.resolve("templates/tests");
            if (Files.isDirectory(tests)) {
                try (Stream<Path> files = Files.list(tests)) {
                    for (Path test : files.toList()) {
                        Files.writeString(test, HOOK_ANNOTATION.matcher(Files.readString(test)).replaceAll(""));
                    }
                }
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
