package shop.docs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/** {@code $ref}s of OpenAPI and AsyncAPI documents: within the document, or to another file beside it. */
final class References {

    private References() {
    }

    /** The node itself, or what its {@code $ref} points to. */
    static JsonNode resolve(Path file, JsonNode node) {
        JsonNode ref = node.get("$ref");
        if (ref == null) {
            return node;
        }
        String[] parts = ref.asString().split("#", 2);
        Path target = parts[0].isEmpty() ? file : file.resolveSibling(parts[0]).normalize();
        JsonNode document = Files.isRegularFile(target) ? load(target) : MissingNode.getInstance();
        JsonNode found = parts.length > 1 ? document.at(parts[1]) : document;
        return found.isMissingNode() ? found : resolve(target, found);
    }

    /** Every {@code $ref} in the document that points nowhere. */
    static List<String> unresolved(Path file, JsonNode document) {
        List<String> broken = new ArrayList<>();
        walk(file, document, broken);
        return broken;
    }

    private static void walk(Path file, JsonNode node, List<String> broken) {
        if (node.isObject()) {
            if (node.has("$ref") && node.get("$ref").isString() && resolve(file, node).isMissingNode()) {
                broken.add(file.getFileName() + ": $ref " + node.get("$ref").asString() + " points nowhere");
            }
            node.forEach(child -> walk(file, child, broken));
        } else if (node.isArray()) {
            node.forEach(child -> walk(file, child, broken));
        }
    }

    private static JsonNode load(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") ? Docs.JSON.readTree(Docs.read(file)) : Docs.readYaml(file);
    }
}
