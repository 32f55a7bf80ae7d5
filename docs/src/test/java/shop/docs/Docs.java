package shop.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Where the documentation lies, whether a run rewrites it, and how its files are read, written and compared. */
final class Docs {

    /** {@code -Ddocs.update=true}: the tests rewrite the generated files instead of comparing with them. */
    static final boolean UPDATE = Boolean.getBoolean("docs.update");

    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    static final YAMLMapper YAML = YAMLMapper.builder().build();

    private Docs() {
    }

    /** The docs folder: Maven says where it is; an IDE that runs a test from the module's folder finds it too. */
    static Path dir() {
        String configured = System.getProperty("docs.dir");
        Path dir = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
        if (!Files.isDirectory(dir.resolve("idl")) && Files.isDirectory(dir.resolve("docs/idl"))) {
            dir = dir.resolve("docs");
        }
        return dir.toAbsolutePath().normalize();
    }

    /** The root of the project, where the modules of the contexts lie. */
    static Path projectRoot() {
        return dir().getParent();
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode readYaml(Path file) {
        return YAML.readTree(read(file));
    }

    /** JSON with every object's keys sorted and a newline at the end: the same content is always the same text. */
    static String canonicalJson(JsonNode node) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectNameValueSpacing(Separators.Spacing.AFTER));
        return JSON.writer().with(printer).writeValueAsString(sorted(node)) + "\n";
    }

    static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> fields = new TreeMap<>();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                fields.put(field.getKey(), sorted(field.getValue()));
            }
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            fields.forEach(copy::set);
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }

    /** Where two JSON trees differ, as JSON pointers with both sides: at most {@code limit} of them. */
    static List<String> differences(JsonNode expected, JsonNode actual, int limit) {
        List<String> out = new ArrayList<>();
        diff("", expected, actual, out, limit);
        return out;
    }

    private static void diff(String at, JsonNode expected, JsonNode actual, List<String> out, int limit) {
        if (out.size() >= limit || expected.equals(actual)) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            for (Map.Entry<String, JsonNode> field : expected.properties()) {
                String path = at + "/" + escape(field.getKey());
                JsonNode other = actual.get(field.getKey());
                if (other == null) {
                    add(out, limit, path + ": only in the committed file");
                } else {
                    diff(path, field.getValue(), other, out, limit);
                }
            }
            for (Iterator<String> names = actual.propertyNames().iterator(); names.hasNext(); ) {
                String name = names.next();
                if (!expected.has(name)) {
                    add(out, limit, at + "/" + escape(name) + ": only in what the code gives: " + brief(actual.get(name)));
                }
            }
            return;
        }
        if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                diff(at + "/" + i, expected.get(i), actual.get(i), out, limit);
            }
            return;
        }
        add(out, limit, (at.isEmpty() ? "/" : at) + ": committed " + brief(expected) + ", but the code gives " + brief(actual));
    }

    private static void add(List<String> out, int limit, String difference) {
        if (out.size() < limit) {
            out.add(difference);
        }
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static String brief(JsonNode node) {
        String text = node.toString();
        return text.length() > 160 ? text.substring(0, 157) + "..." : text;
    }
}
