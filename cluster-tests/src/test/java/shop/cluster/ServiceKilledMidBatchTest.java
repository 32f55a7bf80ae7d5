package shop.cluster;

import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A service killed without warning while orders are in flight, and started again as its Deployment would start it:
 * every order is decided once, has one email, and the money is exact. Clients retry what went unanswered with the
 * same Idempotency-Key.
 */
class ServiceKilledMidBatchTest extends ClusterScenario {

    @ParameterizedTest(name = "{0} killed")
    @ValueSource(strings = {"billing-service", "order-service", "notification-service"})
    void everyOrderIsDecidedOnceAndPaidExactly(String deployment) throws Exception {
        Map<UUID, BigDecimal> deposits = customersWithMoney(4);
        OrderBatch batch = placeOrders(deposits);
        await().atMost(Duration.ofMinutes(2)).until(() -> batch.answered() >= 10);

        ServiceProcess service = cluster.service(deployment);
        service.kill();
        service.start();

        Books.check(shop, deposits, PRICE, batch.finish());
    }
}
