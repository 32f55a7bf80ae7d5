package shop.cluster;

import io.axoniq.axonserver.connector.AxonServerConnection;
import io.axoniq.axonserver.connector.AxonServerConnectionFactory;
import io.axoniq.axonserver.connector.impl.ServerAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.opentest4j.TestAbortedException;
import shop.contract.TestedShop;

/**
 * The shop as charts/shop deploys it, on one machine: Axon Server, one PostgreSQL with a database per service, the
 * four services each in its own JVM, and the entry that routes like the Ingress. Each service gets its container's
 * rendered environment; only the addresses change, from the cluster's DNS names to this machine's: PostgreSQL and
 * Axon Server where they listen here, and each service on an address of its own (127.0.2.x) in place of its pod IP,
 * on the port the chart gives it.
 */
final class ClusterTestedShop implements TestedShop, AutoCloseable {

    static final Path ROOT = Path.of(System.getProperty("shop.root", "..")).toAbsolutePath().normalize();
    static final Path WORK = Path.of(System.getProperty("shop.work", "target/cluster")).toAbsolutePath();
    static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final AxonServer axonServer;
    private final Databases databases;
    private final Map<String, ServiceProcess> services;
    private final Entry entry;
    private final AxonServerConnectionFactory connectors;
    private final AxonServerConnection events;

    private ClusterTestedShop(AxonServer axonServer, Databases databases, Map<String, ServiceProcess> services,
            Entry entry) {
        this.axonServer = axonServer;
        this.databases = databases;
        this.services = services;
        this.entry = entry;
        String[] grpc = axonServer.grpcAddress().split(":");
        this.connectors = AxonServerConnectionFactory.forClient("cluster-tests")
                .routingServers(new ServerAddress(grpc[0], Integer.parseInt(grpc[1]))).build();
        this.events = connectors.connect("default");
    }

    @Override
    public String baseUrl() {
        return "http://" + entry.hostAndPort();
    }

    /** host:port of the entry, as newman's {@code baseUrl} takes it. */
    String entryAddress() {
        return entry.hostAndPort();
    }

    AxonServer axonServer() {
        return axonServer;
    }

    Databases databases() {
        return databases;
    }

    ServiceProcess service(String deployment) {
        ServiceProcess service = services.get(deployment);
        if (service == null) {
            throw new IllegalArgumentException("no Deployment " + deployment + " in the chart: " + services.keySet());
        }
        return service;
    }

    List<ServiceProcess> services() {
        return List.copyOf(services.values());
    }

    void awaitAllReady() throws InterruptedException {
        for (ServiceProcess service : services.values()) {
            service.awaitReady(START_TIMEOUT);
        }
    }

    /** The head of Axon Server's event store, where the cluster's events are: one more than the last token. */
    @Override
    public long storedEvents() {
        try {
            return events.eventChannel().getLastToken().get(30, TimeUnit.SECONDS) + 1;
        } catch (Exception e) {
            throw new IllegalStateException("Axon Server did not tell its last token: " + e, e);
        }
    }

    @Override
    public long registeredUsers() {
        return databases.count("users", "select count(*) from user_profile");
    }

    @Override
    public void close() throws Exception {
        events.disconnect();
        connectors.shutdown();
        entry.close();
        for (ServiceProcess service : services.values()) {
            service.close();
        }
        axonServer.close();
        databases.close();
    }

    public static final class Launcher implements TestedShop.Launcher {

        @Override
        public TestedShop start() throws Exception {
            Files.createDirectories(WORK);
            AxonServer axonServer = AxonServer.onThisMachine(WORK).orElseThrow(Launcher::noAxonServer);
            RenderedChart chart = RenderedChart.of(ROOT.resolve("charts/shop"));
            axonServer.start();
            Databases databases = Databases.start(WORK.resolve("postgres"), chart.databaseInitSql());
            List<String> jvmFlags = ImageJvmFlags.of(ROOT.resolve("pom.xml"));

            Map<String, ServiceProcess> services = new LinkedHashMap<>();
            int pod = 1;
            for (RenderedChart.Container container : chart.serviceContainers()) {
                Map<String, String> env = new HashMap<>();
                container.env().forEach((name, value) -> env.put(name, value
                        .replace(chart.databaseAddress(), databases.address())
                        .replace(container.env().get("AXON_AXONSERVER_SERVERS"), axonServer.grpcAddress())));
                String podAddress = "127.0.2." + pod++;
                env.put("SERVER_ADDRESS", podAddress);
                List<String> command = ServiceProcess.javaCommand(executableJar(container.deployment()), jvmFlags,
                        container.memoryLimit(), container.cpuLimit());
                ServiceProcess service = new ServiceProcess(container.deployment(), command, env, podAddress,
                        container.port(), container.readinessPath(),
                        WORK.resolve(container.deployment() + ".log"));
                services.put(container.deployment(), service);
                System.out.printf("[cluster] %s at %s:%d, log %s%n  env %s%n  %s%n", container.deployment(),
                        podAddress, container.port(), WORK.resolve(container.deployment() + ".log"),
                        new java.util.TreeMap<>(env), String.join(" ", command));
                service.start();
            }
            Map<String, URI> routes = new LinkedHashMap<>();
            for (RenderedChart.Route route : chart.routes()) {
                ServiceProcess service = services.get(route.service());
                if (service == null) {
                    throw new IllegalStateException("the Ingress routes " + route + " to no Deployment of the chart");
                }
                routes.put(route.pathPrefix(), service.address());
            }
            Entry entry = Entry.start(routes);
            ClusterTestedShop shop = new ClusterTestedShop(axonServer, databases, services, entry);
            shop.awaitAllReady();
            System.out.printf("[cluster] the shop is ready at %s, Axon Server's dashboard at %s%n", shop.baseUrl(),
                    axonServer.dashboard());
            return shop;
        }

        private static Path executableJar(String deployment) throws Exception {
            try (Stream<Path> contexts = Files.list(ROOT)) {
                List<Path> jars = new ArrayList<>();
                for (Path context : contexts.filter(Files::isDirectory).toList()) {
                    Path target = context.resolve(deployment).resolve("target");
                    if (Files.isDirectory(target)) {
                        try (Stream<Path> files = Files.list(target)) {
                            files.filter(f -> f.getFileName().toString().endsWith("-exec.jar")).forEach(jars::add);
                        }
                    }
                }
                if (jars.size() != 1) {
                    throw new IllegalStateException("expected one executable jar of " + deployment + " under "
                            + ROOT + "/*/" + deployment + "/target, found " + jars + ": build it first (mvn verify)");
                }
                return jars.getFirst();
            }
        }

        private static TestAbortedException noAxonServer() {
            String banner = """

                    ###########################################################################################
                    #  THE CLUSTER SUITE DID NOT RUN: no Axon Server on this machine.                         #
                    #  Give it one: AXONSERVER_JAR=/path/to/axonserver.jar, or a Docker engine for the image.  #
                    #  Nothing of the cluster (four services on Axon Server) was tested in this build.        #
                    ###########################################################################################
                    """;
            System.err.println(banner);
            return new TestAbortedException(banner);
        }
    }
}
