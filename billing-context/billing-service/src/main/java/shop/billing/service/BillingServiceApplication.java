package shop.billing.service;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

@SpringBootApplication
public class BillingServiceApplication {

    public static void main(String[] args) {
        // its own name, so that the local launcher, which has every service on its classpath, reads none of this
        new SpringApplicationBuilder(BillingServiceApplication.class)
                .properties("spring.config.name=billing-service")
                .run(args);
    }
}
