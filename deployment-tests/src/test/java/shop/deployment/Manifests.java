package shop.deployment;

import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The objects of one rendered chart. */
record Manifests(String yaml, List<Manifest> all) {

    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "Pod");

    static Manifests parse(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        List<Manifest> manifests = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(options)).loadAll(yaml)) {
            if (document != null) {
                manifests.add(new Manifest(Yamls.map(document)));
            }
        }
        return new Manifests(yaml, List.copyOf(manifests));
    }

    List<Manifest> ofKind(String kind) {
        return all.stream().filter(m -> kind.equals(m.kind())).toList();
    }

    Optional<Manifest> find(String kind, String name) {
        return all.stream().filter(m -> kind.equals(m.kind()) && name.equals(m.name())).findFirst();
    }

    Manifest get(String kind, String name) {
        return find(kind, name).orElseGet(() -> fail("no %s named %s among %s", kind, name, all));
    }

    /** Deployments, StatefulSets and Pods: everything that runs containers. */
    List<Manifest> workloads() {
        return all.stream().filter(m -> WORKLOADS.contains(m.kind())).toList();
    }

    /** The workloads whose pods a Service's selector picks. */
    List<Manifest> selectedBy(Manifest service) {
        Map<String, Object> selector = service.map("spec.selector");
        if (selector.isEmpty()) {
            return List.of();
        }
        return workloads().stream()
                .filter(w -> w.podLabels().entrySet().containsAll(selector.entrySet()))
                .toList();
    }
}
