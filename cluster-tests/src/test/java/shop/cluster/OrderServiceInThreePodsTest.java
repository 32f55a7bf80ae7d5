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
 * decided, whichever pod decides it, and the books are exact. A pod that decides the order it was asked for tells
 * the request itself; only for an order decided in another pod does the request subscribe through Axon Server.
 */
class OrderServiceInThreePodsTest extends ClusterScenario {

    /** Far longer than deciding an order takes: a request answered only when it ended was not told the outcome. */
    private static final Duration OUTCOME_WAIT = Duration.ofSeconds(60);
    private static final int ORDERS_PER_USER = 12;

    @Test
    void everyRequestIsAnsweredWithItsOutcomeWhicheverPodDecidesTheOrder() throws Exception {
        Map<UUID, BigDecimal> deposits = customersWithMoney(2);
        List<OrderBatch.Outcome> outcomes = new ArrayList<>();
        long subscribed = subscriptionQueriesOfTheOrderService();
        for (UUID user : deposits.keySet()) {
            outcomes.add(placeOrder(shop, user));
        }
        assertThat(subscriptionQueriesOfTheOrderService()).as("one pod decides every order it is asked for")
                .isEqualTo(subscribed);

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
                        orders.add(clients.submit(() -> placeOrderBeforeItsWaitEnds(pod, user)));
                    }
                }
            }
            for (Future<OrderBatch.Outcome> order : orders) {
                outcomes.add(order.get());
            }
            assertThat(subscriptionQueriesOfTheOrderService()).as("orders decided in another pod than the one asked")
                    .isGreaterThan(subscribed);
            // ten of each user's thirteen are covered by the money
            assertThat(outcomes).filteredOn(outcome -> outcome.status().equals("APPROVED")).hasSize(20);
            Books.check(shop, deposits, PRICE, outcomes);
        }
    }

    private static ServiceProcess anotherPod(ServiceProcess service, int pod) {
        return service.anotherPod("127.0.2." + (20 + pod),
                Map.of("SHOP_ORDERS_OUTCOMEWAIT", OUTCOME_WAIT.toSeconds() + "s"),
                ClusterTestedShop.WORK.resolve(service.name() + "-" + pod + ".log"));
    }

    /** As Axon Server counts them, by the component that opened them: the dashboard's figure. */
    private long subscriptionQueriesOfTheOrderService() {
        ShopClient.Reply metric = new ShopClient(cluster.axonServer().dashboard().toString())
                .get("/v1/components/order-service/subscription-query-metric?context=default");
        assertThat(metric.status()).as("Axon Server's subscription metric: %s", metric).isEqualTo(200);
        return metric.body().get("totalSubscriptions").asLong();
    }

    /** Sent to a pod started here, which waits {@link #OUTCOME_WAIT} for an outcome it is not told. */
    private static OrderBatch.Outcome placeOrderBeforeItsWaitEnds(ShopClient pod, UUID user) {
        Instant sent = Instant.now();
        OrderBatch.Outcome outcome = placeOrder(pod, user);
        assertThat(Duration.between(sent, Instant.now())).as("order %s answered when decided, not when the wait "
                + "ran out", outcome.orderId()).isLessThan(OUTCOME_WAIT);
        return outcome;
    }

    private static OrderBatch.Outcome placeOrder(ShopClient pod, UUID user) {
        String key = UUID.randomUUID().toString();
        ShopClient.Reply placed = pod.post("/orders", Map.of("userId", user, "price", PRICE),
                Map.of("Idempotency-Key", key));
        assertThat(placed.status()).as("%s", placed).isEqualTo(201);
        return new OrderBatch.Outcome(user, key, placed.body().get("id").asString(),
                placed.body().get("status").asString(), 0);
    }
}
