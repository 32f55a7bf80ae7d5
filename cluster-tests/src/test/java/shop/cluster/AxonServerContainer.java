package shop.cluster;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Axon Server from the official image, where a Docker engine answers. Stopping and starting keeps the container, so
 * its event store and the host ports that the services were given survive the outage.
 */
final class AxonServerContainer implements AxonServer {

    /** The image that the axon-server chart deploys, by default. */
    static final String IMAGE = chartImage();

    private final int grpc = FreePorts.next();
    private final int http = FreePorts.next();
    /**
     * The same port numbers inside and out, fixed: Axon Server tells each client the host and port to connect to,
     * and a restarted container must come back where its clients look for it.
     */
    private final GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(IMAGE))
            .withEnv("AXONIQ_AXONSERVER_STANDALONE", "true")
            .withEnv("AXONIQ_AXONSERVER_HOSTNAME", "localhost")
            .withEnv("AXONIQ_AXONSERVER_PORT", String.valueOf(grpc))
            .withEnv("SERVER_PORT", String.valueOf(http))
            .waitingFor(Wait.forHttp("/actuator/health").forPort(http).withStartupTimeout(Duration.ofMinutes(3)));
    private boolean created;

    AxonServerContainer() {
        container.setPortBindings(List.of(grpc + ":" + grpc, http + ":" + http));
        container.addExposedPorts(grpc, http);
    }

    private static String chartImage() {
        try (Reader values = Files.newBufferedReader(ClusterTestedShop.ROOT.resolve("axon-server/values.yaml"))) {
            Map<String, Map<String, Object>> chart = new Yaml(new SafeConstructor(new LoaderOptions())).load(values);
            return chart.get("image").get("repository") + ":" + chart.get("image").get("tag");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String grpcAddress() {
        return "localhost:" + grpc;
    }

    @Override
    public URI dashboard() {
        return URI.create("http://localhost:" + http);
    }

    @Override
    public void start() {
        if (!created) {
            container.start();
            created = true;
        } else {
            container.getDockerClient().startContainerCmd(container.getContainerId()).exec();
        }
    }

    @Override
    public void stop() {
        container.getDockerClient().stopContainerCmd(container.getContainerId()).exec();
    }

    @Override
    public void close() {
        container.stop();
    }
}
