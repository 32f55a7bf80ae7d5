package shop.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every container of both charts, under every set of values: probes (for long-running workloads),
 * resources, and the restricted Pod Security Standard, so that the charts install into a
 * namespace labelled pod-security.kubernetes.io/enforce=restricted.
 */
class WorkloadSecurityTest {

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void everyLongRunningContainerHasStartupLivenessAndReadinessProbes(Scenario scenario) {
        List<Manifest> workloads = scenario.render().workloads();
        assertThat(workloads).isNotEmpty();

        SoftAssertions softly = new SoftAssertions();
        for (Manifest workload : workloads) {
            for (Map<String, Object> container : workload.containers()) {
                String where = workload + " container " + container.get("name");
                for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                    Map<String, Object> spec = Yamls.map(container.get(probe));
                    softly.assertThat(spec).as("%s %s", where, probe).isNotEmpty();
                    Map<String, Object> httpGet = Yamls.map(spec.get("httpGet"));
                    if (!httpGet.isEmpty()) {
                        softly.assertThat((String) httpGet.get("path")).as("%s %s path", where, probe).startsWith("/actuator/");
                        softly.assertThat(declaresPort(container, httpGet.get("port")))
                                .as("%s %s port %s is a port of the container", where, probe, httpGet.get("port"))
                                .isTrue();
                    } else {
                        softly.assertThat(Yamls.list(Yamls.at(spec, "exec.command")))
                                .as("%s %s: an HTTP or a command probe", where, probe)
                                .isNotEmpty();
                    }
                }
            }
        }
        softly.assertAll();
    }

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void everyContainerHasCpuAndMemoryRequestsAndAMemoryLimit(Scenario scenario) {
        SoftAssertions softly = new SoftAssertions();
        for (Manifest workload : scenario.renderWithTests().workloads()) {
            for (Map<String, Object> container : workload.containers()) {
                String where = workload + " container " + container.get("name");
                softly.assertThat(Yamls.at(container, "resources.requests.cpu")).as("%s requests.cpu", where).isNotNull();
                softly.assertThat(Yamls.at(container, "resources.requests.memory")).as("%s requests.memory", where).isNotNull();
                softly.assertThat(Yamls.at(container, "resources.limits.memory")).as("%s limits.memory", where).isNotNull();
            }
        }
        softly.assertAll();
    }

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void everyPodIsRestricted(Scenario scenario) {
        List<Manifest> workloads = scenario.renderWithTests().workloads();
        assertThat(workloads.stream().filter(w -> w.kind().equals("Pod")))
                .as("the helm test pod of %s", scenario)
                .isNotEmpty();

        SoftAssertions softly = new SoftAssertions();
        for (Manifest workload : workloads) {
            Map<String, Object> pod = workload.podSpec();
            Map<String, Object> podContext = Yamls.map(pod.get("securityContext"));
            softly.assertThat(pod.get("hostNetwork")).as("%s hostNetwork", workload).isNotEqualTo(true);
            softly.assertThat(pod.get("hostPID")).as("%s hostPID", workload).isNotEqualTo(true);
            softly.assertThat(pod.get("hostIPC")).as("%s hostIPC", workload).isNotEqualTo(true);
            softly.assertThat(pod.get("automountServiceAccountToken"))
                    .as("%s needs no Kubernetes API token", workload)
                    .isEqualTo(false);
            softly.assertThat(Yamls.maps(pod.get("volumes")))
                    .as("%s volumes", workload)
                    .noneMatch(volume -> volume.containsKey("hostPath"));

            for (Map<String, Object> container : workload.containers()) {
                String where = workload + " container " + container.get("name");
                Map<String, Object> context = Yamls.map(container.get("securityContext"));
                softly.assertThat(effective(context, podContext, "runAsNonRoot")).as("%s runAsNonRoot", where).isEqualTo(true);
                Object uid = effective(context, podContext, "runAsUser");
                softly.assertThat(uid == null || ((Number) uid).intValue() != 0).as("%s runAsUser %s", where, uid).isTrue();
                softly.assertThat(context.get("allowPrivilegeEscalation")).as("%s allowPrivilegeEscalation", where).isEqualTo(false);
                softly.assertThat(context.get("privileged")).as("%s privileged", where).isNotEqualTo(true);
                softly.assertThat(context.get("readOnlyRootFilesystem")).as("%s readOnlyRootFilesystem", where).isEqualTo(true);
                softly.assertThat(Yamls.list(Yamls.at(context, "capabilities.drop"))).as("%s capabilities.drop", where).contains("ALL");
                softly.assertThat(Yamls.list(Yamls.at(context, "capabilities.add"))).as("%s capabilities.add", where).isEmpty();
                Object seccomp = Yamls.at(context, "seccompProfile.type");
                softly.assertThat(seccomp != null ? seccomp : Yamls.at(podContext, "seccompProfile.type"))
                        .as("%s seccompProfile", where)
                        .isEqualTo("RuntimeDefault");
            }
        }
        softly.assertAll();
    }

    /** With a read-only root file system, the JVM and the servers need a writable /tmp. */
    @ParameterizedTest
    @EnumSource(Scenario.class)
    void everyLongRunningContainerHasAWritableTmp(Scenario scenario) {
        SoftAssertions softly = new SoftAssertions();
        for (Manifest workload : scenario.render().workloads()) {
            List<Map<String, Object>> volumes = Yamls.maps(workload.podSpec().get("volumes"));
            for (Map<String, Object> container : workload.containers()) {
                Map<String, Object> tmp = Yamls.maps(container.get("volumeMounts")).stream()
                        .filter(mount -> "/tmp".equals(mount.get("mountPath")))
                        .findFirst().orElse(Map.of());
                softly.assertThat(tmp).as("%s container %s mounts /tmp", workload, container.get("name")).isNotEmpty();
                softly.assertThat(tmp.get("readOnly")).as("%s /tmp read-only", workload).isNotEqualTo(true);
                softly.assertThat(Yamls.named(volumes, String.valueOf(tmp.get("name"))).map(v -> v.containsKey("emptyDir")))
                        .as("%s /tmp is an emptyDir volume", workload)
                        .contains(true);
            }
        }
        softly.assertAll();
    }

    private static Object effective(Map<String, Object> container, Map<String, Object> pod, String key) {
        return container.containsKey(key) ? container.get(key) : pod.get(key);
    }

    private static boolean declaresPort(Map<String, Object> container, Object port) {
        return Yamls.maps(container.get("ports")).stream()
                .anyMatch(p -> port.equals(p.get("name")) || port.equals(p.get("containerPort")));
    }
}
