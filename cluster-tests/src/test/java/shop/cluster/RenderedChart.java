package shop.cluster;

import com.marcnuri.helm.Helm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What {@code helm template} of charts/shop, with its default values, deploys: each service's container environment,
 * resource limits and readiness probe, the Ingress' routes, and the SQL that creates the services' databases. The
 * suite starts the services from this, so a setting the chart does not render is not in the test either.
 */
final class RenderedChart {

    static final String RELEASE = "shop";
    static final String NAMESPACE = "shop";

    private final List<Map<String, Object>> objects;

    private RenderedChart(List<Map<String, Object>> objects) {
        this.objects = objects;
    }

    static RenderedChart of(Path chart) {
        String yaml = new Helm(chart).template().withName(RELEASE).withNamespace(NAMESPACE).call();
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml)) {
            if (document != null) {
                objects.add(map(document));
            }
        }
        return new RenderedChart(objects);
    }

    /** The container of one service's Deployment, as rendered. */
    record Container(String deployment, Map<String, String> env, String memoryLimit, String cpuLimit,
            String readinessPath, String livenessPath, int port) {
    }

    /** A path prefix of the Ingress and the Service it leads to. */
    record Route(String pathPrefix, String service) {
    }

    List<Container> serviceContainers() {
        return ofKind("Deployment").stream().map(this::containerOf).toList();
    }

    List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (Map<String, Object> ingress : ofKind("Ingress")) {
            for (Object rule : list(path(ingress, "spec", "rules"))) {
                for (Object entry : list(path(map(rule), "http", "paths"))) {
                    Map<String, Object> route = map(entry);
                    routes.add(new Route((String) route.get("path"),
                            (String) path(route, "backend", "service", "name")));
                }
            }
        }
        return routes;
    }

    /** The init script that the chart's PostgreSQL runs on its first start: a user and a database per service. */
    String databaseInitSql() {
        return ofKind("Secret").stream()
                .map(secret -> map(secret.getOrDefault("stringData", Map.of())))
                .filter(data -> data.containsKey("10-service-databases.sql"))
                .map(data -> (String) data.get("10-service-databases.sql"))
                .findFirst().orElseThrow(() -> new IllegalStateException("the chart renders no database init script"));
    }

    /** host:port of the chart's PostgreSQL Service, as the services' JDBC URLs name it. */
    String databaseAddress() {
        Map<String, Object> service = ofKind("Service").stream()
                .filter(s -> "database".equals(path(s, "metadata", "labels", "app.kubernetes.io/component")))
                .filter(s -> path(s, "spec", "clusterIP") == null)
                .findFirst().orElseThrow();
        Object port = map(list(path(service, "spec", "ports")).getFirst()).get("port");
        return path(service, "metadata", "name") + ":" + port;
    }

    private Container containerOf(Map<String, Object> deployment) {
        Map<String, Object> container = map(list(path(deployment, "spec", "template", "spec", "containers")).getFirst());
        Map<String, String> env = new LinkedHashMap<>();
        for (Object variable : list(container.get("env"))) {
            Map<String, Object> entry = map(variable);
            env.put((String) entry.get("name"), entry.containsKey("value")
                    ? String.valueOf(entry.get("value"))
                    : secretValue(map(path(entry, "valueFrom", "secretKeyRef"))));
        }
        Map<String, Object> limits = map(path(container, "resources", "limits"));
        int port = ((Number) map(list(container.get("ports")).getFirst()).get("containerPort")).intValue();
        return new Container((String) path(deployment, "metadata", "name"), env, String.valueOf(limits.get("memory")),
                String.valueOf(limits.get("cpu")), (String) path(container, "readinessProbe", "httpGet", "path"),
                (String) path(container, "livenessProbe", "httpGet", "path"), port);
    }

    private String secretValue(Map<String, Object> reference) {
        Map<String, Object> secret = ofKind("Secret").stream()
                .filter(s -> reference.get("name").equals(path(s, "metadata", "name")))
                .findFirst().orElseThrow(() -> new IllegalStateException("no Secret " + reference.get("name")));
        String key = (String) reference.get("key");
        if (secret.get("stringData") instanceof Map<?, ?> plain && plain.containsKey(key)) {
            return String.valueOf(plain.get(key));
        }
        return new String(Base64.getDecoder().decode((String) map(secret.get("data")).get(key)), StandardCharsets.UTF_8);
    }

    private List<Map<String, Object>> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
    }

    private static Object path(Map<String, Object> object, String... keys) {
        Object current = object;
        for (String key : keys) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    private static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }
}
