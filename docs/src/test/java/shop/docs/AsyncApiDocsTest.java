package shop.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The AsyncAPI documents of the shop ({@code idl/asyncapi/<context>.yaml}) name exactly the commands, events and
 * queries of the api modules, and the responses of the queries, each under its kind, each with the fields of its
 * record, each in the document of the context that publishes it; a record that travels only inside messages is a
 * schema with its {@code x-java-type} and fields. A message added to an api module and not documented, or
 * documented and gone from the code, fails here.
 * <p>
 * The {@code style-*.yaml} documents describe the alternative designs of {@code interaction-styles.md}, which no
 * code implements: they are only checked to be AsyncAPI 3.0 whose references resolve.
 */
class AsyncApiDocsTest {

    static final String STYLE_PREFIX = "style-";

    private static ApiMessages code;
    private static Map<Path, JsonNode> documents;

    @BeforeAll
    static void read() {
        code = ApiMessages.ofClasspath();
        documents = implementedDocuments();
    }

    static Path folder() {
        return Docs.dir().resolve("idl/asyncapi");
    }

    static Map<Path, JsonNode> implementedDocuments() {
        Map<Path, JsonNode> found = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder())) {
            files.filter(file -> file.getFileName().toString().endsWith(".yaml"))
                    .filter(file -> !file.getFileName().toString().startsWith(STYLE_PREFIX))
                    .forEach(file -> found.put(file, Docs.readYaml(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    @Test
    void theMessagesOfEveryServiceWereRead() {
        List<String> missing = Services.ALL.stream()
                .filter(Services::moduleExists)
                .map(Services::servicePackage)
                .filter(servicePackage -> !code.servicePackages.contains(servicePackage))
                .toList();
        assertThat(missing).as("services whose module exists but whose classes are not on the classpath (the local"
                + " launcher brings them): without their handlers the kinds of their messages are unknown").isEmpty();
        System.out.println("Messages of the api modules: " + code.messages.values().stream()
                .collect(java.util.stream.Collectors.groupingBy(ApiMessages.Message::kind,
                        java.util.stream.Collectors.counting())));
    }

    @Test
    void everyRecordOfAnApiModuleIsACommandAnEventAQueryOrAResponse() {
        assertThat(code.unclassified).as("records of api modules that no service sends, handles or answers with,"
                + " nor any message carries; a command needs a routing key (@TargetAggregateIdentifier or @RoutingKey),"
                + " a query a name that starts with Find, an event a handler that takes it").isEmpty();
    }

    @Test
    void theAsyncApiNamesExactlyTheMessagesOfTheApiModules() {
        assertThat(documents).as("AsyncAPI documents in " + folder()).isNotEmpty();
        assertThat(problems(code, documents)).isEmpty();
    }

    @Test
    void everyRecordThatTravelsOnlyInsideMessagesIsASchemaWithItsFields() {
        Map<String, List<String>> documented = new TreeMap<>();
        documents.forEach((file, document) -> collectRecordSchemas(document, documented));
        List<String> problems = new ArrayList<>();
        for (Class<?> part : code.parts.values()) {
            List<String> fields = Stream.of(part.getRecordComponents()).map(RecordComponent::getName).sorted().toList();
            List<String> inDocs = documented.get(part.getName());
            if (inDocs == null) {
                problems.add(part.getName() + " " + fields + ": carried by messages, but no schema has x-java-type: "
                        + part.getName());
            } else if (!inDocs.stream().sorted().toList().equals(fields)) {
                problems.add(part.getName() + ": the record has the fields " + fields + ", the schema the properties "
                        + inDocs);
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void collectRecordSchemas(JsonNode node, Map<String, List<String>> into) {
        if (node.isObject()) {
            if (node.has("x-java-type") && node.has("properties")) {
                into.put(node.get("x-java-type").asString(), new ArrayList<>(node.get("properties").propertyNames()));
            }
            node.forEach(child -> collectRecordSchemas(child, into));
        } else if (node.isArray()) {
            node.forEach(child -> collectRecordSchemas(child, into));
        }
    }

    @Test
    void everyEnumOfTheApiModulesIsDocumentedWithItsValues() {
        Map<String, List<String>> documented = new TreeMap<>();
        documents.forEach((file, document) -> collectEnums(document, documented));
        List<String> problems = new ArrayList<>();
        for (Class<?> type : code.enums) {
            List<String> constants = Stream.of(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name())
                    .toList();
            List<String> inDocs = documented.remove(type.getName());
            if (inDocs == null) {
                problems.add(type.getName() + " " + constants + ": no schema has x-java-type: " + type.getName());
            } else if (!inDocs.equals(constants)) {
                problems.add(type.getName() + ": the code has " + constants + ", the documents " + inDocs);
            }
        }
        documented.keySet().forEach(name -> problems.add(name + ": documented, but no api module has that enum"));
        assertThat(problems).isEmpty();
    }

    private static void collectEnums(JsonNode node, Map<String, List<String>> into) {
        if (node.isObject()) {
            if (node.has("x-java-type") && node.has("enum")) {
                List<String> values = new ArrayList<>();
                node.get("enum").forEach(value -> values.add(value.asString()));
                into.put(node.get("x-java-type").asString(), values);
            }
            node.forEach(child -> collectEnums(child, into));
        } else if (node.isArray()) {
            node.forEach(child -> collectEnums(child, into));
        }
    }

    @Test
    void aMessageThatIsNotDocumentedIsFound() {
        // the check above is worth something only if it fails on a message that the documents do not name
        ApiMessages withAnother = ApiMessages.classify(
                Stream.concat(code.messages.values().stream().map(ApiMessages.Message::type),
                        Stream.of(CancelOrder.class)).toList(),
                List.of());
        assertThat(withAnother.messages).containsKey(CancelOrder.class.getName());
        assertThat(problems(withAnother, documents))
                .anyMatch(problem -> problem.contains(CancelOrder.class.getName()));
    }

    @Test
    void everyAsyncApiDocumentIsAsyncApi30AndItsReferencesResolve() {
        List<String> broken = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder())) {
            files.filter(file -> file.getFileName().toString().endsWith(".yaml")).sorted().forEach(file -> {
                JsonNode document = Docs.readYaml(file);
                if (!"3.0.0".equals(document.path("asyncapi").asString())) {
                    broken.add(file.getFileName() + ": asyncapi is not 3.0.0");
                }
                broken.addAll(References.unresolved(file, document));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(broken).isEmpty();
    }

    /** What differs between the messages of the code and those that the documents define. */
    static List<String> problems(ApiMessages code, Map<Path, JsonNode> documents) {
        List<String> problems = new ArrayList<>();
        Map<String, String> documentedKind = new HashMap<>();
        for (Map.Entry<Path, JsonNode> document : documents.entrySet()) {
            String file = document.getKey().getFileName().toString();
            String context = file.substring(0, file.length() - ".yaml".length());
            for (Map.Entry<String, JsonNode> entry : document.getValue().path("components").path("messages").properties()) {
                JsonNode message = entry.getValue();
                String name = message.path("name").asString();
                List<String> kinds = new ArrayList<>();
                message.path("tags").forEach(tag -> {
                    String tagName = tag.path("name").asString().toUpperCase();
                    if (Stream.of(ApiMessages.Kind.values()).anyMatch(kind -> kind.name().equals(tagName))) {
                        kinds.add(tagName);
                    }
                });
                if (kinds.size() != 1) {
                    problems.add(file + " " + entry.getKey() + ": has not exactly one of the tags command, event,"
                            + " query, response");
                    continue;
                }
                if (documentedKind.put(name, kinds.get(0)) != null) {
                    problems.add(file + " " + entry.getKey() + ": " + name + " is defined twice");
                }
                ApiMessages.Message inCode = code.messages.get(name);
                if (inCode == null) {
                    problems.add(file + ": documents " + name + ", which no api module has (as a message)");
                    continue;
                }
                if (!inCode.kind().name().equals(kinds.get(0))) {
                    problems.add(name + ": the code makes it a " + inCode.kind().name().toLowerCase() + ", " + file
                            + " tags it " + kinds.get(0).toLowerCase());
                }
                if (!inCode.context().equals(context)) {
                    problems.add(name + ": published by the " + inCode.context() + " context, but defined in " + file);
                }
                JsonNode payload = References.resolve(document.getKey(), message.path("payload"));
                List<String> properties = new ArrayList<>(payload.path("properties").propertyNames());
                if (!properties.stream().sorted().toList().equals(inCode.fields().stream().sorted().toList())) {
                    problems.add(name + ": the record has the fields " + inCode.fields() + ", " + file
                            + " the properties " + properties);
                }
            }
        }
        for (ApiMessages.Message message : code.messages.values()) {
            if (!documentedKind.containsKey(message.name())) {
                problems.add(message.name() + ": a " + message.kind().name().toLowerCase() + " of the "
                        + message.context() + " api that idl/asyncapi/" + message.context() + ".yaml does not name");
            }
        }
        return problems;
    }

    /** A command that no api module has: what a developer might add and forget to document. */
    record CancelOrder(@TargetAggregateIdentifier java.util.UUID orderId) {
    }
}
