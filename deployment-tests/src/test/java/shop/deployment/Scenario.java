package shop.deployment;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A chart rendered with one set of values, as a user would install it. */
enum Scenario {

    /** `helm install shop ./charts/shop -n shop`. */
    SHOP_DEFAULTS(Charts.SHOP, "shop", "shop", Map.of()),

    /** An external PostgreSQL: no database in the chart, each service's URL and user from values. */
    SHOP_EXTERNAL_DATABASE(Charts.SHOP, "shop", "shop", externalDatabase()),

    /** The Gateway API instead of an Ingress. */
    SHOP_GATEWAY(Charts.SHOP, "shop", "shop", Map.of(
            "http.mode", "gateway",
            "http.gateway.parentRefs[0].name", "public",
            "http.gateway.parentRefs[0].namespace", "gateway-system",
            "http.gateway.parentRefs[0].sectionName", "http")),

    /** Another ingress class with TLS, more replicas, a registry, and no volume for PostgreSQL. */
    SHOP_CUSTOM(Charts.SHOP, "webshop", "staging", Map.of(
            "http.ingress.className", "traefik",
            "http.ingress.tlsSecretName", "arch-homework-tls",
            "image.registry", "registry.example.com/team",
            "image.tag", "2.0.0",
            "image.pullPolicy", "Always",
            "services.order.replicaCount", 3,
            "postgresql.persistence.enabled", false)),

    /** No HTTP entry at all. */
    SHOP_NO_ENTRY(Charts.SHOP, "shop", "shop", Map.of("http.mode", "none")),

    /** `helm install axonserver ./axon-server -n messaging`. */
    AXON_SERVER_DEFAULTS(Charts.AXON_SERVER, "axonserver", "messaging", Map.of()),

    /** Axon Server with a storage class, extra properties and development mode. */
    AXON_SERVER_CUSTOM(Charts.AXON_SERVER, "axon", "messaging", Map.of(
            "axonserver.devMode", true,
            "axonserver.properties.axoniq\\.axonserver\\.max-message-size", "8388608",
            "persistence.events.storageClass", "fast",
            "persistence.events.size", "20Gi"));

    final Path chart;
    final String release;
    final String namespace;
    final Map<String, ?> values;

    Scenario(Path chart, String release, String namespace, Map<String, ?> values) {
        this.chart = chart;
        this.release = release;
        this.namespace = namespace;
        this.values = values;
    }

    Manifests render() {
        return Charts.render(chart, release, namespace, values);
    }

    Manifests renderWithTests() {
        return Charts.renderWithTests(chart, release, namespace, values);
    }

    boolean isShop() {
        return chart.equals(Charts.SHOP);
    }

    /** The external database of SHOP_EXTERNAL_DATABASE; the order service reads an existing Secret. */
    static Map<String, String> externalUrls() {
        return Map.of(
            "user", "jdbc:postgresql://db.example.com:5432/shop_users",
            "billing", "jdbc:postgresql://db.example.com:5432/shop_billing",
            "order", "jdbc:postgresql://orders-db.example.com:6432/orders?sslmode=require",
            "notification", "jdbc:postgresql://db.example.com:5432/shop_notifications");
    }

    private static Map<String, Object> externalDatabase() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("postgresql.enabled", false);
        externalUrls().forEach((service, url) -> {
            values.put("services." + service + ".database.jdbcUrl", url);
            values.put("services." + service + ".database.username", service + "_app");
            values.put("services." + service + ".database.password", service + "-secret");
        });
        values.put("services.order.database.existingSecret", "orders-db-credentials");
        return values;
    }
}
