package shop.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The committed {@code idl/openapi/<service>.json} of each service is what that service serves at
 * {@code /v3/api-docs}. The shop runs in one JVM here, so its one document holds the paths of every service: it is
 * cut by path prefix into one document per service, each with the components its paths use, as the service
 * serves it alone in a cluster. Only {@code servers} is left out: it names the host that served it. And an
 * {@code operationId} loses the {@code _1}, {@code _2} that springdoc adds when two services in the one JVM name a
 * handler alike ({@code get}): a service alone in its JVM serves it without.
 * <p>
 * {@code -Ddocs.update=true} rewrites the committed files from what the shop serves.
 */
class OpenApiDocsTest {

    private static RunningShop shop;
    private static JsonNode served;

    @BeforeAll
    static void startTheShop() {
        shop = RunningShop.start();
        served = Docs.JSON.readTree(shop.get("/v3/api-docs"));
    }

    @AfterAll
    static void stopTheShop() {
        if (shop != null) {
            shop.close();
        }
    }

    static Path committed(Services service) {
        return Docs.dir().resolve("idl/openapi/" + service.serviceName() + ".json");
    }

    @Test
    void everyServiceWhoseModuleExistsIsServedAndDocumented() {
        List<String> report = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Services service : Services.ALL) {
            boolean exists = service.moduleExists();
            int paths = pathsOf(service).size();
            boolean documented = Files.isRegularFile(committed(service));
            report.add(String.format("%-21s module %-7s paths served %-3d committed %s", service.serviceName(),
                    exists ? "exists" : "missing", paths, documented ? committed(service).getFileName() : "-"));
            if (exists && paths == 0) {
                problems.add(service.serviceName() + ": its module exists, but the local shop serves no path under "
                        + service.pathPrefix + (service.onClasspath() ? "" : " (the local launcher does not bring the"
                        + " service: list it in local-launcher/pom.xml and install it)"));
            }
            if (paths > 0 && !documented && !Docs.UPDATE) {
                problems.add(service.serviceName() + ": served but not documented: run with -Ddocs.update=true");
            }
            if (paths == 0 && documented) {
                problems.add(service.serviceName() + ": documented in " + committed(service).getFileName()
                        + ", but not served");
            }
        }
        System.out.println("OpenAPI of the services, as the local shop serves them:\n  " + String.join("\n  ", report));
        assertThat(problems).as("services and their OpenAPI documents").isEmpty();
    }

    @Test
    void everyServedPathBelongsToAService() {
        List<String> orphans = new ArrayList<>();
        served.path("paths").propertyNames().forEach(path -> {
            if (Services.ALL.stream().noneMatch(service -> service.servesPath(path))) {
                orphans.add(path);
            }
        });
        assertThat(orphans).as("paths under no service's prefix " + Services.ALL.stream()
                .map(service -> service.pathPrefix).toList()).isEmpty();
    }

    @Test
    void theShopServesOpenApi31() {
        assertThat(served.path("openapi").asString()).startsWith("3.1.");
    }

    @TestFactory
    Stream<DynamicTest> theCommittedOpenApiOfEachServiceIsWhatItServes() {
        return Services.ALL.stream()
                .filter(service -> !pathsOf(service).isEmpty())
                .map(service -> DynamicTest.dynamicTest(service.serviceName(), () -> {
                    JsonNode actual = documentOf(service);
                    Path file = committed(service);
                    if (Docs.UPDATE) {
                        String text = Docs.canonicalJson(actual);
                        if (!Files.exists(file) || !Docs.read(file).equals(text)) {
                            Docs.write(file, text);
                            System.out.println("rewrote " + file);
                        }
                        return;
                    }
                    assertThat(file).as("the committed OpenAPI of " + service.serviceName()).isRegularFile();
                    JsonNode expected = Docs.JSON.readTree(Docs.read(file));
                    assertThat(Docs.differences(expected, actual, 20))
                            .as(file + " differs from what " + service.serviceName() + " serves at /v3/api-docs;"
                                    + " if the change is meant, regenerate with -Ddocs.update=true")
                            .isEmpty();
                }));
    }

    private static List<String> pathsOf(Services service) {
        List<String> paths = new ArrayList<>();
        served.path("paths").propertyNames().forEach(path -> {
            if (service.servesPath(path)) {
                paths.add(path);
            }
        });
        return paths;
    }

    /** The served document cut down to one service: its paths, the components they reach, and the tags they use. */
    static JsonNode documentOf(Services service) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> field : served.properties()) {
            switch (field.getKey()) {
                case "servers", "paths", "components", "tags" -> { }
                default -> document.set(field.getKey(), field.getValue().deepCopy());
            }
        }
        ObjectNode paths = document.putObject("paths");
        for (String path : pathsOf(service)) {
            paths.set(path, served.path("paths").get(path).deepCopy());
        }
        Set<String> operationIds = new LinkedHashSet<>();
        paths.forEach(item -> item.forEach(operation -> {
            if (operation.isObject() && operation.has("operationId")) {
                String id = operation.get("operationId").asString().replaceFirst("_[0-9]+$", "");
                ((ObjectNode) operation).put("operationId", id);
                if (!operationIds.add(id)) {
                    throw new AssertionError(service.serviceName() + " has two operations named " + id
                            + ": name its handler methods apart, or give them an @Operation(operationId)");
                }
            }
        }));
        Set<String> references = new LinkedHashSet<>();
        collectReferences(paths, references);
        ObjectNode components = JsonNodeFactory.instance.objectNode();
        for (String reference : references) {
            String[] parts = reference.substring("#/components/".length()).split("/", 2);
            components.withObject(parts[0]).set(parts[1],
                    served.path("components").path(parts[0]).path(parts[1]).deepCopy());
        }
        if (!components.isEmpty()) {
            document.set("components", components);
        }
        Set<String> tagsUsed = new LinkedHashSet<>();
        paths.forEach(item -> item.forEach(operation -> operation.path("tags").forEach(tag -> tagsUsed.add(tag.asString()))));
        if (served.has("tags")) {
            var tags = document.putArray("tags");
            served.get("tags").forEach(tag -> {
                if (tagsUsed.contains(tag.path("name").asString())) {
                    tags.add(tag.deepCopy());
                }
            });
        }
        return document;
    }

    /** Every {@code #/components/...} reference that the node reaches, through the components it refers to. */
    private static void collectReferences(JsonNode node, Set<String> references) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isString() && ref.asString().startsWith("#/components/")
                    && references.add(ref.asString())) {
                String[] parts = ref.asString().substring("#/components/".length()).split("/", 2);
                collectReferences(served.path("components").path(parts[0]).path(parts[1]), references);
            }
            node.forEach(child -> collectReferences(child, references));
        } else if (node.isArray()) {
            node.forEach(child -> collectReferences(child, references));
        }
    }
}
