package shop.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** values.schema.json of both charts turns wrong values away before anything reaches a cluster. */
class ValuesSchemaTest {

    static Stream<Arguments> wrongShopValues() {
        return Stream.of(
                Arguments.of("services.user.replicaCount", -1, "/services/user/replicaCount"),
                Arguments.of("services.order.replicaCount", "two", "/services/order/replicaCount"),
                Arguments.of("http.mode", "nodeport", "/http/mode"),
                Arguments.of("http.host", "Arch Homework", "/http/host"),
                Arguments.of("http.ingress.className", "", "/http/ingress/className"),
                Arguments.of("image.pullPolicy", "Sometimes", "/image/pullPolicy"),
                Arguments.of("services.billing.path", "billing", "/services/billing/path"),
                Arguments.of("services.billing.resources.limits.memory", "lots", "/services/billing/resources/limits/memory"),
                Arguments.of("services.notification.resources.limits.memory", null, "/services/notification/resources/limits"),
                Arguments.of("services.user.database.name", "users; DROP TABLE x", "/services/user/database/name"),
                Arguments.of("services.user.database.jdbcUrl", "jdbc:mysql://db/users", "/services/user/database/jdbcUrl"),
                Arguments.of("postgresql.enabled", "maybe", "/postgresql/enabled"),
                Arguments.of("securityContext.runAsUser", 0, "/securityContext/runAsUser"),
                Arguments.of("axonServer.servers", "", "/axonServer/servers"),
                Arguments.of("replicaCount", 2, "additional properties 'replicaCount' not allowed"),
                Arguments.of("services.payment.name", "payment-service", "additional properties 'payment' not allowed"));
    }

    @ParameterizedTest(name = "shop: {0}={1} is refused")
    @MethodSource("wrongShopValues")
    void theShopChartRefusesWrongValues(String key, Object value, String where) {
        assertThat(Charts.renderFailure(Charts.SHOP, "shop", "shop", mapOf(key, value)))
                .contains("values don't meet the specifications of the schema")
                .contains(where);
    }

    static Stream<Arguments> wrongAxonServerValues() {
        return Stream.of(
                Arguments.of("image.tag", "2025.2.5", "/image/tag"),
                Arguments.of("service.grpcPort", 70000, "/service/grpcPort"),
                Arguments.of("service.name", "Axon_Server", "/service/name"),
                Arguments.of("dashboard.type", "Ingress", "/dashboard/type"),
                Arguments.of("axonserver.standalone", "yes", "/axonserver/standalone"),
                Arguments.of("persistence.events.size", "big", "/persistence/events/size"),
                Arguments.of("resources.limits.memory", null, "/resources/limits"),
                Arguments.of("replicaCount", 3, "additional properties 'replicaCount' not allowed"));
    }

    @ParameterizedTest(name = "axon-server: {0}={1} is refused")
    @MethodSource("wrongAxonServerValues")
    void theAxonServerChartRefusesWrongValues(String key, Object value, String where) {
        assertThat(Charts.renderFailure(Charts.AXON_SERVER, "axonserver", "messaging", mapOf(key, value)))
                .contains("values don't meet the specifications of the schema")
                .contains(where);
    }

    /** The same checks let right values through (else the tests above would prove nothing). */
    @Test
    void rightValuesAreAccepted() {
        Charts.render(Charts.SHOP, "shop", "shop", Map.of(
                "services.user.replicaCount", 0,
                "http.mode", "gateway",
                "http.host", "shop.example.com",
                "image.pullPolicy", "Never",
                "services.billing.path", "/billing/v2",
                "services.billing.resources.limits.memory", "1Gi",
                "services.user.database.jdbcUrl", "jdbc:postgresql://db:5432/users",
                "services.user.env.SPRING_PROFILES_ACTIVE", "kubernetes"));
        Charts.render(Charts.AXON_SERVER, "axonserver", "messaging", Map.of(
                "image.tag", "2025.2.7-nonroot",
                "service.grpcPort", 8124,
                "dashboard.type", "NodePort",
                "persistence.events.size", "50Gi"));
    }

    private static Map<String, Object> mapOf(String key, Object value) {
        java.util.HashMap<String, Object> values = new java.util.HashMap<>();
        values.put(key, value);
        return values;
    }
}
