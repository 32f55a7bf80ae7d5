package shop.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import shop.contract.ShopClient;

/**
 * The order service's door behind the Ingress: while an order has waited for billing longer than the backlog limit,
 * a new order is refused with {@code 429} and {@code Retry-After}, and nothing of it is kept; the order taken already
 * is answered as ever. Once billing is back and that order is decided, orders are taken again, and the books are
 * exact.
 */
class BusyDoorOnTheClusterTest extends ClusterScenario {

    @Test
    void ordersAreRefusedAtTheDoorWhileBillingIsAwayAndTakenAgainOnceItIsBack() throws Exception {
        UUID user = customers.registerWithBalance(DEPOSIT.toPlainString());
        ServiceProcess billing = cluster.service("billing-service");
        billing.kill();

        ShopClient.Reply first = placeOrder(user, "first");
        assertThat(first.status()).as("%s", first).isEqualTo(202);
        // a request without a user is bad input to an open door and refused unread by a shut one: either way nothing
        // is taken, so it can be sent until the door shuts
        await().atMost(Duration.ofSeconds(30)).until(() -> shop.postJson("/orders", "{}", Map.of()).status(),
                status -> status == 429);

        ShopClient.Reply second = placeOrder(user, "second");
        assertThat(second.status()).as("%s", second).isEqualTo(429);
        assertThat(second.isProblem()).isTrue();
        assertThat(second.body().get("title").asString()).isEqualTo("Too busy");
        assertThat(second.header("Retry-After")).contains("2");
        ShopClient.Reply firstAgain = placeOrder(user, "first");
        assertThat(firstAgain.status()).as("%s", firstAgain).isEqualTo(202);
        assertThat(firstAgain.body().get("id")).isEqualTo(first.body().get("id"));
        // answered at once, with when to poll: waiting for its outcome would only hold a thread
        assertThat(firstAgain.header("Retry-After")).isPresent();
        assertThat(shop.get("/orders?userId=" + user).body()).hasSize(1);

        billing.start();
        String firstPath = "/orders/" + first.body().get("id").asString();
        ShopClient.Reply firstDecided = await().atMost(Duration.ofMinutes(2)).until(() -> shop.get(firstPath),
                reply -> !"PENDING".equals(reply.body().get("status").asString()));
        ShopClient.Reply secondAgain = await().atMost(Duration.ofSeconds(30))
                .until(() -> placeOrder(user, "second"), reply -> reply.status() != 429);
        assertThat(secondAgain.status()).as("%s", secondAgain).isIn(201, 202);
        String secondPath = "/orders/" + secondAgain.body().get("id").asString();
        ShopClient.Reply secondDecided = await().atMost(Duration.ofMinutes(1)).until(() -> shop.get(secondPath),
                reply -> !"PENDING".equals(reply.body().get("status").asString()));

        Books.check(shop, Map.of(user, DEPOSIT), PRICE, List.of(outcome(user, firstDecided),
                outcome(user, secondDecided)));
    }

    private ShopClient.Reply placeOrder(UUID user, String key) {
        return shop.post("/orders", Map.of("userId", user, "price", PRICE),
                Map.of("Idempotency-Key", key + "-" + user));
    }

    private static OrderBatch.Outcome outcome(UUID user, ShopClient.Reply order) {
        return new OrderBatch.Outcome(user, null, order.body().get("id").asString(),
                order.body().get("status").asString(), 0);
    }
}
