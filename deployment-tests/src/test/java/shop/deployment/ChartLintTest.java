package shop.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.LintResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.yaml.snakeyaml.Yaml;

class ChartLintTest {

    @ParameterizedTest
    @ValueSource(strings = {"charts/shop", "axon-server"})
    void chartPassesStrictLint(String chart) {
        LintResult result = Charts.lint(Charts.ROOT.resolve(chart));

        assertThat(result.isFailed()).as("helm lint --strict %s: %s", chart, result.getMessages()).isFalse();
        assertThat(result.getMessages())
                .as("helm lint --strict %s", chart)
                .noneMatch(message -> message.contains("[ERROR]") || message.contains("[WARNING]"));
    }

    /** The default image tag is the appVersion: it must be the version that Jib tags the images with. */
    @Test
    void shopAppVersionIsTheMavenProjectVersion() throws Exception {
        String projectVersion = rootPom("/*[local-name()='project']/*[local-name()='version']");

        assertThat(projectVersion).isNotEmpty();
        assertThat(chartYaml(Charts.SHOP).get("appVersion")).isEqualTo(projectVersion);
    }

    /** The chart's default images (shop/<service name>:<appVersion>) are the ones Jib names. */
    @Test
    void jibNamesTheImagesAsTheChartExpectsThem() throws Exception {
        String jib = "//*[local-name()='plugin'][*[local-name()='artifactId']='jib-maven-plugin']/*[local-name()='configuration']";

        assertThat(rootPom(jib + "/*[local-name()='to']/*[local-name()='image']"))
                .isEqualTo("shop/${project.artifactId}:${project.version}");
        assertThat(rootPom(jib + "/*[local-name()='container']/*[local-name()='ports']/*[local-name()='port']"))
                .isEqualTo("8080");
        // the chart runs the containers as this user, with a read-only root file system
        assertThat(rootPom(jib + "/*[local-name()='container']/*[local-name()='user']")).isEqualTo("1000:1000");
        assertThat(Yamls.string(new Yaml().load(Files.readString(Charts.SHOP.resolve("values.yaml"))), "securityContext.runAsUser"))
                .isEqualTo("1000");
    }

    private static String rootPom(String xpath) throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Charts.ROOT.resolve("pom.xml").toFile());
        return XPathFactory.newInstance().newXPath().evaluate(xpath, pom).trim();
    }

    @Test
    void axonServerAppVersionIsTheReleaseOfItsImage() throws Exception {
        Map<String, Object> values = new Yaml().load(Files.readString(Charts.AXON_SERVER.resolve("values.yaml")));
        String tag = Yamls.string(values, "image.tag");

        assertThat(tag).isEqualTo(chartYaml(Charts.AXON_SERVER).get("appVersion") + "-nonroot");
    }

    private static Map<String, Object> chartYaml(Path chart) throws Exception {
        return new Yaml().load(Files.readString(chart.resolve("Chart.yaml")));
    }
}
