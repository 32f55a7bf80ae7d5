package shop.contract;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tests that use the whole shop as a client would: through its one HTTP entry. Which shop that is, one JVM or four
 * services on Axon Server, is the choice of the module that runs them.
 */
@ExtendWith(TheShop.class)
abstract class ThroughHttp {

    /** To look behind the API, where a test must show that nothing was stored. */
    TestedShop tested;
    ShopClient shop;
    Customers customers;

    @BeforeEach
    void connect(TestedShop tested) {
        this.tested = tested;
        shop = new ShopClient(tested.baseUrl());
        customers = new Customers(shop);
    }
}
