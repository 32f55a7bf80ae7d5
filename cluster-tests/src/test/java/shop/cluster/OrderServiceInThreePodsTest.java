package shop.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import shop.contract.ShopClient;

/**
 * The order service scaled to three pods. Axon Server sends an order's commands to one of them, picked by the order's
 * id, while its {@code POST /orders} may land on any: a request is answered with the outcome when the order is
 * decided, whichever pod decides it, and the books are exact.
 */
class OrderServiceInThreePodsTest extends ClusterScenario {

    /** Far longer than deciding an order takes: a request answered only when it ended was not told the outcome. */
    private static final Duration OUTCOME_WAIT = Duration.ofSeconds(60);
    private static final int ORDERS_PER_USER = 12;

    @Test
    void everyRequestIsAnsweredWithItsOutcomeWhicheverPodDecidesTheOrder() throws Exception {
        Map<UUID, BigDecimal> deposits = customersWithMoney(2);
        ServiceProcess orderService = cluster.service("order-service");
        // the requests go to these two; the orders are decided by any of the three
        try (ServiceProcess second = anotherPod(orderService, 2); ServiceProcess third = anotherPod(orderService, 3)) {
            second.start();
            third.start();
            second.awaitReady(ClusterTestedShop.START_TIMEOUT);
            third.awaitReady(ClusterTestedShop.START_TIMEOUT);
            List<ShopClient> pods = List.of(new ShopClient(second.address().toString()),
                    new ShopClient(third.address().toString()));
            List<Future<OrderBatch.Outcome>> orders = new ArrayList<>();
            try (ExecutorService clients = Executors.newFixedThreadPool(8)) {
                int sent = 0;
                for (int i = 0; i < ORDERS_PER_USER; i++) {
                    for (UUID user : deposits.keySet()) {
                        ShopClient pod = pods.get(sent++ % pods.size());
                        orders.add(clients.submit(() -> placeOrder(pod, user)));
                    }
                }
            }
            List<OrderBatch.Outcome> outcomes = new ArrayList<>();
            for (Future<OrderBatch.Outcome> order : orders) {
                outcomes.add(order.get());
            }
            // ten of each user's twelve are covered by the money
            assertThat(outcomes).filteredOn(outcome -> outcome.status().equals("APPROVED")).hasSize(20);
            Books.check(shop, deposits, PRICE, outcomes);
        }
    }

    private static ServiceProcess anotherPod(ServiceProcess service, int pod) {
        return service.anotherPod("127.0.2." + (20 + pod),
                Map.of("SHOP_ORDERS_OUTCOMEWAIT", OUTCOME_WAIT.toSeconds() + "s"),
                ClusterTestedShop.WORK.resolve(service.name() + "-" + pod + ".log"));
    }

    private static OrderBatch.Outcome placeOrder(ShopClient pod, UUID user) {
        String key = UUID.randomUUID().toString();
        Instant sent = Instant.now();
        ShopClient.Reply placed = pod.post("/orders", Map.of("userId", user, "price", PRICE),
                Map.of("Idempotency-Key", key));
        Duration took = Duration.between(sent, Instant.now());
        assertThat(placed.status()).as("%s", placed).isEqualTo(201);
        assertThat(took).as("answered when decided, not when the wait ran out: %s", placed)
                .isLessThan(OUTCOME_WAIT);
        return new OrderBatch.Outcome(user, key, placed.body().get("id").asString(),
                placed.body().get("status").asString(), 0);
    }
}
