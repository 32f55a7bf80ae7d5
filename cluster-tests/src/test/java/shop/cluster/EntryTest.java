package shop.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The entry tells a Service with no endpoint from one too slow to answer, as ingress-nginx does. */
class EntryTest {

    @Test
    void aServiceWhosePortRefusesHasNoEndpoint() throws Exception {
        int closed = FreePorts.next();
        try (Entry entry = Entry.start(Map.of("/orders", URI.create("http://127.0.0.1:" + closed)))) {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://" + entry.hostAndPort() + "/orders")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(answer.headers().firstValue("Retry-After")).isEmpty();
        }
    }

    @Test
    void aServiceTooSlowToConnectOrAnswerIsAGatewayTimeoutAndABrokenAnswerABadGateway() {
        assertThat(Entry.statusOf(new HttpConnectTimeoutException("HTTP connect timed out"))).isEqualTo(504);
        assertThat(Entry.statusOf(new HttpTimeoutException("request timed out"))).isEqualTo(504);
        assertThat(Entry.statusOf(new IOException("HTTP/1.1 header parser received no bytes"))).isEqualTo(502);
    }
}
