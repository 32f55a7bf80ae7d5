package shop.cluster;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;

/**
 * The one HTTP entry of the shop, routing as the chart's Ingress does: a request goes to the Service whose path prefix
 * it starts with (the longest, as {@code pathType: Prefix} matches whole path segments). Like ingress-nginx, it
 * answers {@code 503} itself when the Service has no endpoint to take the request (here: its port refuses the
 * connection), {@code 504} when the endpoint does not take the connection within ingress-nginx's
 * {@code proxy-connect-timeout} (5 s) or does not answer within its {@code proxy-read-timeout} (60 s), {@code 502} when
 * the connection breaks, and {@code 404} for any other path. Its answers are plain text, with no {@code Retry-After}:
 * a client cannot take them for the shop's own {@code 503} problems.
 */
final class Entry implements AutoCloseable {

    /** Headers of one hop, which a proxy does not pass on, and those the JDK's client sets itself. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "transfer-encoding", "te",
            "upgrade", "host", "content-length", "expect", "proxy-connection", "trailer");

    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    private final List<Map.Entry<String, URI>> routes;

    private Entry(HttpServer server, Map<String, URI> routes) {
        this.server = server;
        this.routes = routes.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, URI> route) -> route.getKey().length()).reversed())
                .toList();
    }

    /** Listens on a free port of 127.0.0.1; {@code routes} maps each path prefix to a service's address. */
    static Entry start(Map<String, URI> routes) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        Entry entry = new Entry(server, routes);
        server.createContext("/", entry::forward);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        return entry;
    }

    /** host:port, as the Postman collection's {@code baseUrl} takes it. */
    String hostAndPort() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI requested = exchange.getRequestURI();
            Optional<URI> backend = backendOf(requested.getPath());
            if (backend.isEmpty()) {
                answer(exchange, 404, "no route for " + requested.getPath());
                return;
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(backend.get().resolve(requested.getRawPath()
                    + (requested.getRawQuery() == null ? "" : "?" + requested.getRawQuery())))
                    .timeout(Duration.ofSeconds(60))
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(
                            exchange.getRequestBody().readAllBytes()));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase())) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            request.header("X-Forwarded-For", exchange.getRemoteAddress().getAddress().getHostAddress());
            HttpResponse<InputStream> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException unreachable) {
                System.out.printf("[entry] %s %s: %s%n", exchange.getRequestMethod(), requested, unreachable);
                answer(exchange, statusOf(unreachable), "the service did not answer: " + unreachable);
                return;
            }
            response.headers().map().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            try (InputStream body = response.body(); OutputStream out = exchange.getResponseBody()) {
                byte[] bytes = body.readAllBytes();
                exchange.sendResponseHeaders(response.statusCode(), bytes.length == 0 ? -1 : bytes.length);
                out.write(bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The status ingress-nginx answers with when it cannot get the Service's answer. */
    static int statusOf(IOException unreachable) {
        if (unreachable instanceof ConnectException) {
            return 503;
        }
        return unreachable instanceof HttpTimeoutException ? 504 : 502;
    }

    private Optional<URI> backendOf(String path) {
        return routes.stream()
                .filter(route -> matches(route.getKey(), path))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** Prefix matching as Kubernetes defines it: by whole path elements, so "/" matches every path. */
    private static boolean matches(String prefix, String path) {
        String elements = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        return path.equals(elements) || path.startsWith(elements + "/");
    }

    private static void answer(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
