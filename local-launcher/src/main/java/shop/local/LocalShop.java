package shop.local;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Every context of the shop in one JVM. The same aggregates, sagas and projections as in the cluster; only the
 * buses are local and the events go to PostgreSQL instead of Axon Server.
 */
@SpringBootApplication(scanBasePackages = "shop")
public class LocalShop {

    public static void main(String[] args) {
        SpringApplication.run(LocalShop.class, args);
    }
}
