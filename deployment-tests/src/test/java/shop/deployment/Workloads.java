package shop.deployment;

import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the tests read off Deployments, StatefulSets, Pods and Services. */
final class Workloads {

    private Workloads() {
    }

    static Map<String, Object> container(Manifest workload, String name) {
        return Yamls.named(workload.podSpec().get("containers"), name)
                .orElseGet(() -> fail("%s has no container %s", workload, name));
    }

    static Map<String, Object> onlyContainer(Manifest workload) {
        List<Map<String, Object>> containers = workload.containers();
        if (containers.size() != 1) {
            fail("%s should have one container, has %s", workload, containers.size());
        }
        return containers.getFirst();
    }

    /** An environment variable of a container: its value, or empty when it comes from elsewhere. */
    static Optional<Map<String, Object>> envVar(Map<String, Object> container, String name) {
        return Yamls.named(container.get("env"), name);
    }

    static String envValue(Map<String, Object> container, String name) {
        return envVar(container, name)
                .map(v -> (String) v.get("value"))
                .orElseGet(() -> fail("container %s has no value for %s", container.get("name"), name));
    }

    /** The Secret and key an environment variable is read from. */
    static String[] envSecretRef(Map<String, Object> container, String name) {
        Map<String, Object> ref = Yamls.map(Yamls.at(
                envVar(container, name).orElseGet(() -> fail("container %s has no %s", container.get("name"), name)),
                "valueFrom.secretKeyRef"));
        if (ref.isEmpty()) {
            fail("%s of container %s should come from a Secret", name, container.get("name"));
        }
        return new String[] {(String) ref.get("name"), (String) ref.get("key")};
    }

    /** A value of a Secret, from stringData (as the charts write them) or base64 data. */
    static String secretValue(Manifests manifests, String secretName, String key) {
        Manifest secret = manifests.get("Secret", secretName);
        Object plain = secret.map("stringData").get(key);
        if (plain != null) {
            return plain.toString();
        }
        Object encoded = secret.map("data").get(key);
        if (encoded != null) {
            return new String(java.util.Base64.getDecoder().decode(encoded.toString()), java.nio.charset.StandardCharsets.UTF_8);
        }
        return fail("Secret %s has no key %s", secretName, key);
    }

    /** The container port (a number) that a Service port's targetPort means in a workload. */
    static int resolveTargetPort(Map<String, Object> servicePort, Manifest workload) {
        Object target = servicePort.getOrDefault("targetPort", servicePort.get("port"));
        for (Map<String, Object> container : workload.containers()) {
            for (Map<String, Object> port : Yamls.maps(container.get("ports"))) {
                if (target.equals(port.get("name")) || target.equals(port.get("containerPort"))) {
                    return ((Number) port.get("containerPort")).intValue();
                }
            }
        }
        return fail("targetPort %s of a Service port is no container port of %s", target, workload);
    }

    static Map<String, Object> servicePort(Manifest service, int port) {
        return Yamls.maps(service.at("spec.ports")).stream()
                .filter(p -> ((Number) p.get("port")).intValue() == port)
                .findFirst()
                .orElseGet(() -> fail("Service %s has no port %s", service.name(), port));
    }
}
