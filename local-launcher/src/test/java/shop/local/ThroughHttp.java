package shop.local;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tests that use the whole shop as a client would: through HTTP, on its embedded PostgreSQL, on a free port. The
 * shop starts once for all of them.
 */
@SpringBootTest(classes = LocalShop.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ThroughHttp {

    @LocalServerPort
    int port;
    /** To look behind the API, where a test must show that nothing was stored. */
    @Autowired
    JdbcTemplate database;
    ShopClient shop;
    Customers customers;

    @BeforeEach
    void connect() {
        shop = new ShopClient("http://localhost:" + port);
        customers = new Customers(shop);
    }
}
