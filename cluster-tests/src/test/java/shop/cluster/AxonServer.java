package shop.cluster;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.testcontainers.DockerClientFactory;

/** The Axon Server of the suite, which it stops and starts again in the middle of a batch. */
interface AxonServer extends AutoCloseable {

    /** Where the services' connectors reach it: host:port of its gRPC port. */
    String grpcAddress();

    /** Its HTTP port: the dashboard and the REST API. */
    URI dashboard();

    void start() throws Exception;

    /** Stops it as an operator, or a node drain, would: the process ends and its clients lose their connection. */
    void stop() throws Exception;

    /**
     * The Axon Server this machine has: the jar that {@code AXONSERVER_JAR} names, else the official image when a
     * Docker engine answers, else none.
     */
    static Optional<AxonServer> onThisMachine(Path work) {
        String jar = System.getenv("AXONSERVER_JAR");
        if (jar != null && !jar.isBlank()) {
            Path path = Path.of(jar);
            if (!Files.isRegularFile(path)) {
                throw new IllegalStateException("AXONSERVER_JAR names " + path + ", which is not a file");
            }
            return Optional.of(new AxonServerJar(path, work.resolve("axonserver")));
        }
        if (dockerAnswers()) {
            return Optional.of(new AxonServerContainer());
        }
        return Optional.empty();
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
