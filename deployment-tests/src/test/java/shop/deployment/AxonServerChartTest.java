package shop.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static shop.deployment.Workloads.container;
import static shop.deployment.Workloads.envValue;
import static shop.deployment.Workloads.resolveTargetPort;
import static shop.deployment.Workloads.servicePort;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AxonServerChartTest {

    private final Manifests axon = Scenario.AXON_SERVER_DEFAULTS.render();
    private final Manifest statefulSet = axon.get("StatefulSet", "axonserver");
    private final Map<String, Object> container = container(statefulSet, "axonserver");

    @Test
    void runsOneStandaloneNodeOfAPinnedNonRootImage() {
        assertThat(statefulSet.at("spec.replicas")).isEqualTo(1);
        assertThat((String) container.get("image")).matches("axoniq/axonserver:2025\\.2\\.\\d+-nonroot");
        assertThat(envValue(container, "AXONIQ_AXONSERVER_STANDALONE")).isEqualTo("true");
        assertThat(envValue(container, "AXONIQ_AXONSERVER_DEVMODE_ENABLED")).isEqualTo("false");
        // the -nonroot image's user; fsGroup lets it write to the volumes
        assertThat(statefulSet.at("spec.template.spec.securityContext.runAsUser")).isEqualTo(1001);
        assertThat(statefulSet.at("spec.template.spec.securityContext.fsGroup")).isEqualTo(1001);
    }

    @Test
    void keepsEventsDataAndLogOnPersistentVolumes() {
        Map<String, String> claims = Yamls.maps(statefulSet.at("spec.volumeClaimTemplates")).stream()
                .collect(Collectors.toMap(c -> Yamls.string(c, "metadata.name"), c -> Yamls.string(c, "spec.resources.requests.storage")));
        Map<String, String> mounts = Yamls.maps(container.get("volumeMounts")).stream()
                .collect(Collectors.toMap(m -> (String) m.get("name"), m -> (String) m.get("mountPath")));

        assertThat(claims).containsEntry("events", "5Gi").containsEntry("data", "1Gi").containsKey("log");
        assertThat(mounts)
                .containsEntry("events", "/axonserver/events")
                .containsEntry("data", "/axonserver/data")
                .containsEntry("log", "/axonserver/log");
        // a volume claim template, not an emptyDir of the same name
        assertThat(Yamls.maps(statefulSet.podSpec().get("volumes"))).extracting(v -> v.get("name"))
                .doesNotContain("events", "data", "log");
    }

    /** Clients in other namespaces reach axonserver.messaging.svc.cluster.local:8124, and are told that name. */
    @Test
    void grpcServiceIsNamedAxonserverAndReachesPort8124() {
        Manifest grpc = axon.get("Service", "axonserver");

        assertThat(grpc.namespace()).isEqualTo("messaging");
        assertThat(grpc.at("spec.type")).isEqualTo("ClusterIP");
        assertThat(axon.selectedBy(grpc)).containsExactly(statefulSet);
        assertThat(resolveTargetPort(servicePort(grpc, 8124), statefulSet)).isEqualTo(8124);
        assertThat(envValue(container, "AXONIQ_AXONSERVER_HOSTNAME")).isEqualTo("axonserver.messaging.svc.cluster.local");
    }

    @Test
    void theAdvertisedHostNameFollowsTheNamespace() {
        Manifests elsewhere = Charts.render(Charts.AXON_SERVER, "axonserver", "events", Map.of());

        assertThat(envValue(container(elsewhere.get("StatefulSet", "axonserver"), "axonserver"), "AXONIQ_AXONSERVER_HOSTNAME"))
                .isEqualTo("axonserver.events.svc.cluster.local");
    }

    @Test
    void dashboardServiceReachesPort8024() {
        Manifest dashboard = axon.get("Service", "axonserver-dashboard");

        assertThat(axon.selectedBy(dashboard)).containsExactly(statefulSet);
        assertThat(resolveTargetPort(servicePort(dashboard, 8024), statefulSet)).isEqualTo(8024);
    }

    @Test
    void probesAskTheActuatorOnTheDashboardPort() {
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            Object port = Yamls.at(container, probe + ".httpGet.port");
            Map<String, Object> servicePort = Map.of("targetPort", port);
            assertThat(resolveTargetPort(servicePort, statefulSet)).as(probe).isEqualTo(8024);
            assertThat(Yamls.string(container, probe + ".httpGet.path")).as(probe).startsWith("/actuator/");
        }
    }

    @Test
    void extraPropertiesReachAxonServersConfigDirectory() {
        Manifests custom = Scenario.AXON_SERVER_CUSTOM.render();
        Manifest sts = custom.get("StatefulSet", "axonserver");
        Map<String, Object> config = Yamls.maps(container(sts, "axonserver").get("volumeMounts")).stream()
                .filter(m -> "/axonserver/config".equals(m.get("mountPath"))).findFirst().orElseThrow();
        Map<String, Object> volume = Yamls.named(sts.podSpec().get("volumes"), (String) config.get("name")).orElseThrow();
        Manifest configMap = custom.get("ConfigMap", Yamls.string(volume, "configMap.name"));

        assertThat(Yamls.string(configMap.raw(), "data.axonserver.properties")).isNull(); // a key with dots, read below
        assertThat(configMap.map("data").get("axonserver.properties").toString())
                .contains("axoniq.axonserver.max-message-size=8388608");
        assertThat(envValue(container(sts, "axonserver"), "AXONIQ_AXONSERVER_DEVMODE_ENABLED")).isEqualTo("true");
        assertThat(Yamls.maps(sts.at("spec.volumeClaimTemplates")).getFirst())
                .satisfies(events -> {
                    assertThat(Yamls.string(events, "spec.storageClassName")).isEqualTo("fast");
                    assertThat(Yamls.string(events, "spec.resources.requests.storage")).isEqualTo("20Gi");
                });
    }

    @Test
    void helmTestChecksTheDashboardAndTheGrpcPortByTheirServiceNames() throws Exception {
        String template = Files.readString(Charts.AXON_SERVER.resolve("templates/tests/test-connection.yaml"));
        assertThat(template).containsPattern("(?m)^\\s+helm\\.sh/hook: test\\s*$");

        Manifests withTests = Scenario.AXON_SERVER_DEFAULTS.renderWithTests();
        Manifest pod = withTests.ofKind("Pod").getFirst();
        String script = String.join("\n", Yamls.list(Workloads.onlyContainer(pod).get("args")).stream().map(Object::toString).toList());

        assertThat(script)
                .contains("curl --fail")
                .contains("http://axonserver-dashboard.messaging.svc:8024/actuator/health")
                .contains("--http2-prior-knowledge")
                .contains("http://axonserver.messaging.svc.cluster.local:8124/");
    }
}
