package shop.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static shop.deployment.Workloads.envSecretRef;
import static shop.deployment.Workloads.envValue;
import static shop.deployment.Workloads.onlyContainer;
import static shop.deployment.Workloads.resolveTargetPort;
import static shop.deployment.Workloads.secretValue;
import static shop.deployment.Workloads.servicePort;

import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ShopChartTest {

    /** The public contract: one host, one path prefix per service. */
    static final Map<String, String> ROUTES = Map.of(
            "/users", "user-service",
            "/billing", "billing-service",
            "/orders", "order-service",
            "/notifications", "notification-service");

    /** The routes of the HTTP entry: the services' prefixes, and the web console of the order service at the root. */
    static final Map<String, String> ENTRY_ROUTES = withConsole(ROUTES);

    static final String HOST = "arch.homework";

    private static Map<String, String> withConsole(Map<String, String> services) {
        Map<String, String> routes = new LinkedHashMap<>(services);
        routes.put("/", "order-service");
        return routes;
    }

    /** Last, and shorter than any other: a service's own prefix wins over the console's, whatever the controller. */
    private static void theConsoleComesLast(Map<String, String> routes) {
        assertThat(List.copyOf(routes.keySet()).getLast()).isEqualTo("/");
    }

    @Nested
    class Services {

        @Test
        void theFourServicesRunTheImagesThatJibBuilds() throws Exception {
            Manifests shop = Scenario.SHOP_DEFAULTS.render();
            String appVersion = Files.readAllLines(Charts.SHOP.resolve("Chart.yaml")).stream()
                    .filter(line -> line.startsWith("appVersion:"))
                    .map(line -> line.substring("appVersion:".length()).trim().replace("\"", ""))
                    .findFirst().orElseThrow();

            assertThat(shop.ofKind("Deployment")).extracting(Manifest::name)
                    .containsExactlyInAnyOrderElementsOf(ROUTES.values());
            for (String name : ROUTES.values()) {
                Map<String, Object> container = onlyContainer(shop.get("Deployment", name));
                assertThat(container.get("image")).as(name).isEqualTo("shop/" + name + ":" + appVersion);
                assertThat(container.get("imagePullPolicy")).as(name).isEqualTo("IfNotPresent");
            }
        }

        @Test
        void registryTagAndReplicasComeFromValues() {
            Manifests shop = Scenario.SHOP_CUSTOM.render();

            for (String name : ROUTES.values()) {
                Map<String, Object> container = onlyContainer(shop.get("Deployment", name));
                assertThat(container.get("image")).isEqualTo("registry.example.com/team/shop/" + name + ":2.0.0");
                assertThat(container.get("imagePullPolicy")).isEqualTo("Always");
            }
            assertThat(shop.get("Deployment", "order-service").at("spec.replicas")).isEqualTo(3);
            assertThat(shop.get("Deployment", "user-service").at("spec.replicas")).isEqualTo(1);
            assertThat(shop.all()).allMatch(m -> "staging".equals(m.namespace()), "everything in the release's namespace");
        }

        /** Each Service answers on port 80 and reaches exactly its own service's pods on 8080. */
        @ParameterizedTest
        @EnumSource(value = Scenario.class, names = "SHOP_.*", mode = EnumSource.Mode.MATCH_ANY)
        void eachServiceSelectsItsOwnPodsOnPort8080(Scenario scenario) {
            Manifests shop = scenario.render();
            for (String name : ROUTES.values()) {
                Manifest service = shop.get("Service", name);
                List<Manifest> selected = shop.selectedBy(service);

                assertThat(selected).as("pods selected by Service %s", name)
                        .extracting(Manifest::toString).containsExactly("Deployment/" + name);
                assertThat(resolveTargetPort(servicePort(service, 80), selected.getFirst())).isEqualTo(8080);
            }
        }

        /** The actuator's probe groups exist whatever profile the service runs with. */
        @Test
        void probesUseTheActuatorHealthGroups() {
            Manifests shop = Scenario.SHOP_DEFAULTS.render();
            for (String name : ROUTES.values()) {
                Map<String, Object> container = onlyContainer(shop.get("Deployment", name));
                assertThat(Yamls.at(container, "livenessProbe.httpGet.path")).isEqualTo("/actuator/health/liveness");
                assertThat(Yamls.at(container, "readinessProbe.httpGet.path")).isEqualTo("/actuator/health/readiness");
                assertThat(Yamls.at(container, "startupProbe.httpGet.path")).isEqualTo("/actuator/health/liveness");
                assertThat(envValue(container, "MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED")).isEqualTo("true");
            }
        }
    }

    @Nested
    class AxonServer {

        /**
         * AXON_AXONSERVER_SERVERS of every service names a Service of the axon-server chart, as
         * installed in namespace messaging, on a port that reaches Axon Server's gRPC port.
         */
        @ParameterizedTest
        @EnumSource(value = Scenario.class, names = "SHOP_.*", mode = EnumSource.Mode.MATCH_ANY)
        void everyServiceConnectsToAxonServerInMessaging(Scenario scenario) {
            Manifests shop = scenario.render();
            Manifests axon = Scenario.AXON_SERVER_DEFAULTS.render();

            for (String name : ROUTES.values()) {
                String servers = envValue(onlyContainer(shop.get("Deployment", name)), "AXON_AXONSERVER_SERVERS");
                assertThat(servers).as(name).isEqualTo("axonserver.messaging.svc.cluster.local:8124");

                URI address = URI.create("grpc://" + servers);
                String[] dns = address.getHost().split("\\.");
                assertThat(dns).as("<service>.<namespace>.svc.cluster.local").hasSize(5);
                Manifest service = axon.get("Service", dns[0]);
                assertThat(service.namespace()).isEqualTo(dns[1]);
                List<Manifest> axonServer = axon.selectedBy(service);
                assertThat(axonServer).extracting(Manifest::kind).containsExactly("StatefulSet");
                assertThat(resolveTargetPort(servicePort(service, address.getPort()), axonServer.getFirst()))
                        .as("Axon Server's gRPC port").isEqualTo(8124);
            }
        }
    }

    @Nested
    class Databases {

        @Test
        void eachServiceHasItsOwnDatabaseAndUserInTheChartsPostgresql() {
            Manifests shop = Scenario.SHOP_DEFAULTS.render();
            Manifest postgres = shop.get("StatefulSet", "postgresql");
            Map<String, Object> postgresContainer = onlyContainer(postgres);
            String initSql = initScript(shop, postgres);

            Set<String> databases = new HashSet<>();
            Set<String> users = new HashSet<>();
            for (String name : ROUTES.values()) {
                Map<String, Object> container = onlyContainer(shop.get("Deployment", name));
                URI url = URI.create(envValue(container, "SPRING_DATASOURCE_URL").substring("jdbc:".length()));
                String database = url.getPath().substring(1);
                String[] userRef = envSecretRef(container, "SPRING_DATASOURCE_USERNAME");
                String[] passwordRef = envSecretRef(container, "SPRING_DATASOURCE_PASSWORD");
                String user = secretValue(shop, userRef[0], userRef[1]);
                String password = secretValue(shop, passwordRef[0], passwordRef[1]);

                assertThat(url.getScheme()).isEqualTo("postgresql");
                Manifest dbService = shop.get("Service", url.getHost());
                assertThat(shop.selectedBy(dbService)).containsExactly(postgres);
                assertThat(resolveTargetPort(servicePort(dbService, url.getPort()), postgres)).isEqualTo(5432);

                assertThat(databases.add(database)).as("%s has a database of its own: %s", name, database).isTrue();
                assertThat(users.add(user)).as("%s has a user of its own: %s", name, user).isTrue();
                assertThat(password).as("%s password", name).isNotBlank();
                assertThat(initSql).as("the init script creates %s's user", name)
                        .contains("CREATE ROLE \"" + user + "\" WITH LOGIN PASSWORD '" + password.replace("'", "''") + "';");
                assertThat(initSql).as("the init script creates %s's database, owned by its user", name)
                        .contains("CREATE DATABASE \"" + database + "\" OWNER \"" + user + "\";");
            }
            assertThat(databases).hasSize(4);
            assertThat(Workloads.envSecretRef(postgresContainer, "POSTGRES_PASSWORD")[0]).isEqualTo("postgresql");
            assertThat(secretValue(shop, "postgresql", "postgres-password")).isNotBlank();
        }

        @Test
        void postgresqlKeepsItsDataOnAVolumeClaimUnlessPersistenceIsOff() {
            Manifest persistent = Scenario.SHOP_DEFAULTS.render().get("StatefulSet", "postgresql");
            Manifest ephemeral = Scenario.SHOP_CUSTOM.render().get("StatefulSet", "postgresql");

            assertThat(Yamls.maps(persistent.at("spec.volumeClaimTemplates")))
                    .extracting(claim -> Yamls.string(claim, "metadata.name")).containsExactly("data");
            assertThat(dataMount(persistent)).isEqualTo("/var/lib/postgresql/data");
            assertThat(envValue(onlyContainer(persistent), "PGDATA")).startsWith("/var/lib/postgresql/data/");

            assertThat(ephemeral.at("spec.volumeClaimTemplates")).isNull();
            assertThat(Yamls.named(ephemeral.podSpec().get("volumes"), "data"))
                    .hasValueSatisfying(volume -> assertThat(volume).containsKey("emptyDir"));
        }

        @Test
        void anExternalDatabaseReplacesTheChartsPostgresql() {
            Manifests shop = Scenario.SHOP_EXTERNAL_DATABASE.render();

            assertThat(shop.all()).noneMatch(m -> m.name().startsWith("postgresql"));
            Scenario.externalUrls().forEach((key, url) -> {
                String name = key + "-service";
                Map<String, Object> container = onlyContainer(shop.get("Deployment", name));
                assertThat(envValue(container, "SPRING_DATASOURCE_URL")).isEqualTo(url);
                String[] userRef = envSecretRef(container, "SPRING_DATASOURCE_USERNAME");
                String[] passwordRef = envSecretRef(container, "SPRING_DATASOURCE_PASSWORD");
                if (key.equals("order")) {
                    // database.existingSecret: the chart reads that Secret and writes none of its own
                    assertThat(userRef).containsExactly("orders-db-credentials", "username");
                    assertThat(passwordRef).containsExactly("orders-db-credentials", "password");
                    assertThat(shop.find("Secret", "order-service-db")).isEmpty();
                } else {
                    assertThat(secretValue(shop, userRef[0], userRef[1])).isEqualTo(key + "_app");
                    assertThat(secretValue(shop, passwordRef[0], passwordRef[1])).isEqualTo(key + "-secret");
                }
            });
        }

        @Test
        void anExternalDatabaseWithoutAUrlIsRefused() {
            Map<String, Object> values = new LinkedHashMap<>(Scenario.SHOP_EXTERNAL_DATABASE.values);
            values.remove("services.billing.database.jdbcUrl");

            assertThat(Charts.renderFailure(Charts.SHOP, "shop", "shop", values))
                    .contains("services.billing.database.jdbcUrl is required when postgresql.enabled is false");
        }

        private static String initScript(Manifests shop, Manifest postgres) {
            Map<String, Object> mount = Yamls.maps(onlyContainer(postgres).get("volumeMounts")).stream()
                    .filter(m -> "/docker-entrypoint-initdb.d".equals(m.get("mountPath")))
                    .findFirst().orElseThrow(() -> new AssertionError("no init scripts mounted"));
            Map<String, Object> volume = Yamls.named(postgres.podSpec().get("volumes"), (String) mount.get("name")).orElseThrow();
            Manifest secret = shop.get("Secret", Yamls.string(volume, "secret.secretName"));
            List<String> scripts = new ArrayList<>();
            secret.map("stringData").forEach((file, content) -> {
                if (file.endsWith(".sql")) {
                    scripts.add(content.toString());
                }
            });
            assertThat(scripts).as("SQL scripts in Secret %s", secret.name()).isNotEmpty();
            return String.join("\n", scripts);
        }

        private static String dataMount(Manifest postgres) {
            return Yamls.maps(onlyContainer(postgres).get("volumeMounts")).stream()
                    .filter(m -> "data".equals(m.get("name")))
                    .map(m -> (String) m.get("mountPath"))
                    .findFirst().orElse(null);
        }
    }

    @Nested
    class HttpEntry {

        @Test
        void theIngressSendsEachPathToItsService() {
            Manifests shop = Scenario.SHOP_DEFAULTS.render();
            Manifest ingress = shop.get("Ingress", "shop");

            assertThat(ingress.at("spec.ingressClassName")).isEqualTo("nginx");
            List<Map<String, Object>> rules = Yamls.maps(ingress.at("spec.rules"));
            assertThat(rules).extracting(rule -> rule.get("host")).containsExactly(HOST);
            Map<String, String> routes = new LinkedHashMap<>();
            for (Map<String, Object> path : Yamls.maps(Yamls.at(rules.getFirst(), "http.paths"))) {
                assertThat(path.get("pathType")).isEqualTo("Prefix");
                String service = Yamls.string(path, "backend.service.name");
                Object port = Yamls.at(path, "backend.service.port.number");
                assertThat(port).as("port of %s", service).isNotNull();
                servicePort(shop.get("Service", service), ((Number) port).intValue());
                routes.put((String) path.get("path"), service);
            }
            assertThat(routes).isEqualTo(ENTRY_ROUTES);
            theConsoleComesLast(routes);
            assertThat(shop.ofKind("HTTPRoute")).isEmpty();
        }

        @Test
        void theIngressClassAndTlsAreConfigurable() {
            Manifest ingress = Scenario.SHOP_CUSTOM.render().get("Ingress", "shop");

            assertThat(ingress.at("spec.ingressClassName")).isEqualTo("traefik");
            assertThat(Yamls.maps(ingress.at("spec.tls"))).singleElement().satisfies(tls -> {
                assertThat(tls.get("secretName")).isEqualTo("arch-homework-tls");
                assertThat(Yamls.list(tls.get("hosts"))).containsExactly(HOST);
            });
        }

        @Test
        void inGatewayModeAnHttpRouteSendsEachPathToItsService() {
            Manifests shop = Scenario.SHOP_GATEWAY.render();
            Manifest route = shop.get("HTTPRoute", "shop");

            assertThat(shop.ofKind("Ingress")).isEmpty();
            assertThat(route.apiVersion()).isEqualTo("gateway.networking.k8s.io/v1");
            assertThat(Yamls.maps(route.at("spec.parentRefs"))).containsExactly(Map.of(
                    "group", "gateway.networking.k8s.io", "kind", "Gateway",
                    "name", "public", "namespace", "gateway-system", "sectionName", "http"));
            assertThat(Yamls.list(route.at("spec.hostnames"))).containsExactly(HOST);

            Map<String, String> routes = new LinkedHashMap<>();
            for (Map<String, Object> rule : Yamls.maps(route.at("spec.rules"))) {
                Map<String, Object> match = Yamls.maps(rule.get("matches")).getFirst();
                Map<String, Object> backend = Yamls.maps(rule.get("backendRefs")).getFirst();
                assertThat(Yamls.maps(rule.get("matches"))).hasSize(1);
                assertThat(Yamls.maps(rule.get("backendRefs"))).hasSize(1);
                assertThat(Yamls.at(match, "path.type")).isEqualTo("PathPrefix");
                servicePort(shop.get("Service", (String) backend.get("name")), ((Number) backend.get("port")).intValue());
                routes.put(Yamls.string(match, "path.value"), (String) backend.get("name"));
            }
            assertThat(routes).isEqualTo(ENTRY_ROUTES);
            theConsoleComesLast(routes);
        }

        @Test
        void theDefaultParentRefIsAGatewayInTheReleaseNamespace() {
            Map<String, Object> values = Map.of("http.mode", "gateway");
            Manifest route = Charts.render(Charts.SHOP, "shop", "shop", values).get("HTTPRoute", "shop");

            assertThat(Yamls.maps(route.at("spec.parentRefs"))).containsExactly(Map.of(
                    "group", "gateway.networking.k8s.io", "kind", "Gateway", "name", "shop-gateway"));
        }

        @Test
        void theConsoleRouteCanBeLeftOut() {
            Manifest ingress = Charts.render(Charts.SHOP, "shop", "shop", Map.of("http.consolePath", ""))
                    .get("Ingress", "shop");

            assertThat(Yamls.maps(Yamls.at(Yamls.maps(ingress.at("spec.rules")).getFirst(), "http.paths")))
                    .extracting(path -> path.get("path"))
                    .containsExactlyInAnyOrderElementsOf(ROUTES.keySet());
        }

        @Test
        void modeNoneRendersNoHttpEntry() {
            Manifests shop = Scenario.SHOP_NO_ENTRY.render();

            assertThat(shop.ofKind("Ingress")).isEmpty();
            assertThat(shop.ofKind("HTTPRoute")).isEmpty();
            assertThat(shop.ofKind("Deployment")).hasSize(4);
        }
    }

    @Nested
    class HelmTest {

        @Test
        void theTestTemplateIsAHelmTestHook() throws Exception {
            String template = Files.readString(Charts.SHOP.resolve("templates/tests/test-health.yaml"));

            assertThat(template).containsPattern("(?m)^\\s+helm\\.sh/hook: test\\s*$");
        }

        /** `helm test` calls every service's readiness endpoint through its Service and fails on an error status. */
        @ParameterizedTest
        @EnumSource(value = Scenario.class, names = {"SHOP_DEFAULTS", "SHOP_CUSTOM"})
        void theTestPodCallsEveryServicesReadinessEndpoint(Scenario scenario) {
            Manifests shop = scenario.renderWithTests();
            List<Manifest> pods = shop.ofKind("Pod");
            assertThat(pods).hasSize(1);
            Manifest pod = pods.getFirst();
            String script = String.join("\n", Yamls.list(onlyContainer(pod).get("args")).stream().map(Object::toString).toList());

            assertThat(pod.at("spec.restartPolicy")).isEqualTo("Never");
            assertThat(script).contains("curl --fail").contains("exit $failed");
            for (String name : ROUTES.values()) {
                servicePort(shop.get("Service", name), 80);
                assertThat(script).contains("http://" + name + "." + scenario.namespace + ".svc:80/actuator/health/readiness");
            }
        }
    }
}
