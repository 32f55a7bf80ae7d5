package shop.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import shop.contract.Customers;
import shop.contract.ShopClient;

/**
 * While Axon Server is away, the services say so: not ready, and {@code 503} problems with {@code Retry-After} for
 * what needs it, not {@code 500}. When it is back they are ready again by themselves, without a restart.
 */
class AxonServerOutageTest extends ClusterScenario {

    @Test
    void theServicesAreUnreadyAndAnswer503UntilItIsBack() throws Exception {
        UUID userId = customers.registerWithBalance("50.00");

        cluster.axonServer().stop();
        try {
            await().atMost(Duration.ofMinutes(1)).until(() -> notReady(cluster).size() == cluster.services().size());
            SoftAssertions answers = new SoftAssertions();
            for (ShopClient.Reply reply : List.of(
                    shop.post("/users", Customers.registration(Customers.uniqueName())),
                    shop.get("/users/" + userId),
                    shop.post(Customers.account(userId) + "/deposit", Map.of("amount", 5)),
                    shop.get(Customers.account(userId)),
                    shop.post("/orders", Map.of("userId", userId, "price", 10)),
                    shop.get("/orders?userId=" + userId),
                    shop.get("/notifications?userId=" + userId))) {
                answers.assertThat(reply.status()).as("%s", reply).isEqualTo(503);
                answers.assertThat(reply.isProblem()).as("%s", reply).isTrue();
                answers.assertThat(reply.header("Retry-After")).as("%s", reply).isPresent();
            }
            answers.assertAll();
        } finally {
            cluster.axonServer().start();
        }

        await().atMost(Duration.ofMinutes(2)).until(() -> notReady(cluster).isEmpty());
        assertThat(customers.placeOrder(userId, "10.00").body().get("status").asString()).isEqualTo("APPROVED");
        assertThat(customers.balanceOf(userId)).isEqualByComparingTo("40.00");
    }
}
