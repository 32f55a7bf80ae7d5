package shop.order.service;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class OrderServiceApplication {

    public static void main(String[] args) {
        // its own name, so that the local launcher, which has every service on its classpath, reads none of this
        new SpringApplicationBuilder(OrderServiceApplication.class)
                .properties("spring.config.name=order-service")
                .run(args);
    }
}
