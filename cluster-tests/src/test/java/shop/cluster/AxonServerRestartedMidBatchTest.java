package shop.cluster;

import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Axon Server stopped while orders are in flight, and started again once the services have noticed: they reconnect
 * by themselves, and every order is decided once, has one email, and the money is exact.
 */
class AxonServerRestartedMidBatchTest extends ClusterScenario {

    @Test
    void everyOrderIsDecidedOnceAndPaidExactly() throws Exception {
        Map<UUID, BigDecimal> deposits = customersWithMoney(4);
        OrderBatch batch = placeOrders(deposits);
        await().atMost(Duration.ofMinutes(2)).until(() -> batch.answered() >= 10);

        cluster.axonServer().stop();
        await().atMost(Duration.ofMinutes(1)).until(() -> notReady(cluster).size() == cluster.services().size());
        cluster.axonServer().start();

        Books.check(shop, deposits, PRICE, batch.finish());
    }
}
