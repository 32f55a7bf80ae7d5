package shop.cluster;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import shop.contract.Customers;
import shop.contract.ShopClient;
import shop.contract.TestedShop;
import shop.contract.TheShop;

/** A test of the cluster itself: it takes parts of it down and checks the books after. */
@ExtendWith(TheShop.class)
abstract class ClusterScenario {

    static final BigDecimal DEPOSIT = new BigDecimal("100.00");
    static final BigDecimal PRICE = new BigDecimal("10.00");

    ClusterTestedShop cluster;
    ShopClient shop;
    Customers customers;

    @BeforeEach
    void connect(TestedShop tested) throws InterruptedException {
        cluster = (ClusterTestedShop) tested;
        cluster.awaitAllReady();
        shop = new ShopClient(tested.baseUrl());
        customers = new Customers(shop);
    }

    /** Users with {@link #DEPOSIT} each, which covers ten orders of {@link #PRICE}. */
    Map<UUID, BigDecimal> customersWithMoney(int count) {
        Map<UUID, BigDecimal> deposits = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            deposits.put(customers.registerWithBalance(DEPOSIT.toPlainString()), DEPOSIT);
        }
        return deposits;
    }

    /** Fifteen orders for each user, five more than the money covers, from eight clients at once. */
    OrderBatch placeOrders(Map<UUID, BigDecimal> deposits) {
        return OrderBatch.start(shop, new ArrayList<>(deposits.keySet()), 15, PRICE, 8);
    }

    static List<ServiceProcess> notReady(ClusterTestedShop cluster) {
        return cluster.services().stream().filter(service -> service.readiness() != 200).toList();
    }
}
