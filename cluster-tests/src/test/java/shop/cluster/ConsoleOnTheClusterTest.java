package shop.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import shop.contract.ShopClient;

/** The web console is reached at the root of the host, through the chart's route, as at http://arch.homework/. */
class ConsoleOnTheClusterTest extends ClusterScenario {

    @Test
    void theConsoleIsServedAtTheRoot() {
        ShopClient.Reply page = shop.get("/");
        ShopClient.Reply script = shop.get("/console.js");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body().asString()).contains("<title>Shop console</title>");
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.contentType()).contains("javascript");
    }
}
