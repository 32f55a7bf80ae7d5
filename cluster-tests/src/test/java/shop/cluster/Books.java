package shop.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import shop.contract.Customers;
import shop.contract.ShopClient;
import tools.jackson.databind.JsonNode;

/**
 * The end of a batch, checked from outside: every order its clients placed is there, and no other; each is decided
 * as its client was told; each has exactly one email, of its outcome; and each balance is its deposit less the price
 * of exactly its approved orders.
 */
final class Books {

    private Books() {
    }

    static void check(ShopClient shop, Map<UUID, BigDecimal> deposits, BigDecimal price, List<OrderBatch.Outcome> outcomes) {
        Customers customers = new Customers(shop);
        Map<UUID, List<OrderBatch.Outcome>> byUser = outcomes.stream()
                .collect(Collectors.groupingBy(OrderBatch.Outcome::userId));
        for (Map.Entry<UUID, BigDecimal> account : deposits.entrySet()) {
            UUID userId = account.getKey();
            List<OrderBatch.Outcome> told = byUser.getOrDefault(userId, List.of());
            Map<String, String> toldStatus = told.stream()
                    .collect(Collectors.toMap(OrderBatch.Outcome::orderId, OrderBatch.Outcome::status));

            JsonNode orders = shop.get("/orders?userId=" + userId).body();
            assertThat(orders.findValuesAsString("id")).as("the orders of %s", userId)
                    .containsExactlyInAnyOrderElementsOf(toldStatus.keySet());
            for (JsonNode order : orders) {
                assertThat(order.get("status").asString()).as("order %s", order)
                        .isEqualTo(toldStatus.get(order.get("id").asString()));
            }

            long approved = told.stream().filter(o -> "APPROVED".equals(o.status())).count();
            BigDecimal paid = price.multiply(BigDecimal.valueOf(approved));
            assertThat(paid).as("approved orders of %s", userId).isLessThanOrEqualTo(account.getValue());
            // money charged after a deadline is on its way back: the books settle, they do not change their mind
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                    assertThat(customers.balanceOf(userId)).as("the balance of %s", userId)
                            .isEqualByComparingTo(account.getValue().subtract(paid)));

            JsonNode emails = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                    .until(() -> shop.get("/notifications?userId=" + userId).body(),
                            list -> list.size() >= told.size());
            assertThat(emails.findValuesAsString("orderId")).as("one email per order of %s", userId)
                    .containsExactlyInAnyOrderElementsOf(toldStatus.keySet());
            for (JsonNode email : emails) {
                assertThat(email.get("kind").asString()).as("email %s", email)
                        .isEqualTo("ORDER_" + toldStatus.get(email.get("orderId").asString()));
            }
        }
    }
}
