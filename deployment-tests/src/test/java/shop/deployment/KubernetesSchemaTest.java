package shop.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rendered manifests, with the `helm test` pods, are valid Kubernetes and Gateway API objects:
 * checked offline against the schemas of the npm packages kubernetes-models and
 * {@code @kubernetes-models/gateway-api} by validate-manifests.mjs.
 */
class KubernetesSchemaTest {

    @Test
    void everyScenarioRendersValidObjects() {
        List<Validator.Named> rendered = new ArrayList<>();
        int objects = 0;
        for (Scenario scenario : Scenario.values()) {
            Manifests manifests = scenario.renderWithTests();
            objects += manifests.all().size();
            rendered.add(new Validator.Named(scenario.name().toLowerCase(), manifests.yaml()));
        }

        Validator.Result result = Validator.validate(rendered);

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output())
                .contains(objects + " manifest(s) checked, 0 invalid")
                .contains("ok gateway.networking.k8s.io/v1 HTTPRoute shop")
                .contains("ok networking.k8s.io/v1 Ingress shop")
                .contains("ok apps/v1 StatefulSet axonserver")
                .contains("ok v1 Pod shop-test-health");
    }

    /** The validator is no rubber stamp: it turns away what the API server would. */
    @Test
    void theValidatorRejectsBrokenObjects() {
        String deployment = Scenario.SHOP_DEFAULTS.render().yaml();
        String route = Scenario.SHOP_GATEWAY.render().yaml();
        String broken = deployment.replaceFirst("replicas: 1", "replicas: \"one\"");
        String brokenRoute = route.replaceFirst("type: PathPrefix", "type: Prefix");
        String unknownKind = "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n";
        assertThat(broken).isNotEqualTo(deployment);
        assertThat(brokenRoute).isNotEqualTo(route);

        Validator.Result result = Validator.validate(List.of(
                new Validator.Named("broken-deployment", broken),
                new Validator.Named("broken-route", brokenRoute),
                new Validator.Named("unknown-kind", unknownKind)));

        assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
        assertThat(result.output())
                .containsPattern("INVALID .*broken-deployment.yaml: apps/v1 Deployment [a-z-]+: .*replicas must be integer")
                .containsPattern("INVALID .*broken-route.yaml: gateway.networking.k8s.io/v1 HTTPRoute shop: .*path/type")
                .contains("no schema known for example.com/v1 Widget")
                .contains(" 3 invalid");
    }
}
