package shop.cluster;

import java.net.URI;
import java.time.Duration;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * Axon Server from the official image, where a Docker engine answers. Stopping and starting keeps the container, so
 * its event store and the host ports that the services were given survive the outage.
 */
final class AxonServerContainer implements AxonServer {

    /** The last Axon Server with an SE licence-free image line; the chart's tag is a newer one of the same image. */
    static final String IMAGE = System.getProperty("axonserver.image", "axoniq/axonserver:2025.2.5-nonroot");

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
        container.setPortBindings(java.util.List.of(grpc + ":" + grpc, http + ":" + http));
        container.addExposedPorts(grpc, http);
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
