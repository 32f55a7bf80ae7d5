package shop.notification.service;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

@SpringBootApplication
public class NotificationServiceApplication {

    public static void main(String[] args) {
        // its own name, so that the local launcher, which has every service on its classpath, reads none of this
        new SpringApplicationBuilder(NotificationServiceApplication.class)
                .properties("spring.config.name=notification-service")
                .run(args);
    }
}
