package shop.deployment;

import java.util.List;
import java.util.Map;

/** One Kubernetes object of a rendered chart, with typed access to its fields. */
record Manifest(Map<String, Object> raw) {

    String apiVersion() {
        return (String) raw.get("apiVersion");
    }

    String kind() {
        return (String) raw.get("kind");
    }

    String name() {
        return string("metadata.name");
    }

    String namespace() {
        return string("metadata.namespace");
    }

    /** The value at a dotted path ("spec.template.spec"), or null where any step is missing. */
    Object at(String path) {
        return Yamls.at(raw, path);
    }

    String string(String path) {
        Object value = at(path);
        return value == null ? null : value.toString();
    }

    Map<String, Object> map(String path) {
        return Yamls.map(at(path));
    }

    List<Object> list(String path) {
        return Yamls.list(at(path));
    }

    /** The pod spec of a Deployment or StatefulSet, or the spec of a Pod. */
    Map<String, Object> podSpec() {
        return "Pod".equals(kind()) ? map("spec") : map("spec.template.spec");
    }

    /** The labels of the pods this workload creates. */
    Map<String, Object> podLabels() {
        return "Pod".equals(kind()) ? map("metadata.labels") : map("spec.template.metadata.labels");
    }

    List<Map<String, Object>> containers() {
        return Yamls.maps(podSpec().get("containers"));
    }

    @Override
    public String toString() {
        return kind() + "/" + name();
    }
}
