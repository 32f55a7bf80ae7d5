package shop.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The hand-written OpenAPI documents ({@code idl/openapi/*.yaml}: the internal calls of the styles that the shop
 * does not implement) are OpenAPI 3.1 and their references resolve. The generated {@code *.json} are checked by
 * {@link OpenApiDocsTest}.
 */
class OpenApiStylesTest {

    @Test
    void everyOpenApiDocumentIs31AndItsReferencesResolve() {
        List<String> broken = new ArrayList<>();
        int read = 0;
        try (Stream<Path> files = Files.list(Docs.dir().resolve("idl/openapi"))) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".yaml") && !name.endsWith(".json")) {
                    continue;
                }
                JsonNode document = name.endsWith(".json") ? Docs.JSON.readTree(Docs.read(file)) : Docs.readYaml(file);
                read++;
                if (!document.path("openapi").asString().startsWith("3.1.")) {
                    broken.add(name + ": openapi is not 3.1.x");
                }
                broken.addAll(References.unresolved(file, document));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(read).as("OpenAPI documents").isPositive();
        assertThat(broken).isEmpty();
    }
}
