package shop.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import shop.contract.ShopClient;

/**
 * The order saga does not wait for the email it asks for: it tries the command again while the notification service
 * is away, and learns that the email went out from that service's event, which reaches it through Axon Server. Then,
 * and only then, it ends, leaving nothing behind in the order service's database.
 */
class EmailAfterAnOutageTest extends ClusterScenario {

    @Test
    void anOrderPaidWhileNotificationsAreDownGetsItsEmailWhenTheyAreBackAndItsSagaEnds() throws Exception {
        UUID user = customers.registerWithBalance("100.00");
        ServiceProcess notifications = cluster.service("notification-service");
        notifications.kill();

        ShopClient.Reply order = customers.placeOrder(user, "30.00");
        assertThat(order.body().get("status").asString()).isEqualTo("APPROVED");
        String orderId = order.body().get("id").asString();
        assertThat(sagaOf(orderId)).as("the saga waits for the email").isPositive();

        notifications.start();
        notifications.awaitReady(ClusterTestedShop.START_TIMEOUT);
        assertThat(customers.awaitEmails(user, 1).get(0).get("orderId").asString()).isEqualTo(orderId);
        await().atMost(Duration.ofSeconds(30)).until(() -> sagaOf(orderId) == 0);
    }

    private long sagaOf(String orderId) {
        return cluster.databases().count("orders", "select count(*) from association_value_entry"
                + " where association_key = 'orderId' and association_value = '" + orderId + "'");
    }
}
