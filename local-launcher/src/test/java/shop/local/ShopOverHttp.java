package shop.local;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import shop.contract.Customers;
import shop.contract.ShopClient;

/** A test of a local shop that a subclass starts on a random port, reached as a client reaches it. */
abstract class ShopOverHttp {

    @LocalServerPort
    int port;
    ShopClient shop;
    Customers customers;

    @BeforeEach
    void connect() {
        shop = new ShopClient("http://localhost:" + port);
        customers = new Customers(shop);
    }
}
