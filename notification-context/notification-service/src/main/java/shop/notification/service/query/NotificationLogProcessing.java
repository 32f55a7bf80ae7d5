package shop.notification.service.query;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NotificationLogProcessing {

    /**
     * An email is logged in the transaction that sends it, so it is listed as soon as it is sent. Only this
     * service sends emails.
     */
    @Bean
    ConfigurerModule notificationLogIsReadYourWrites() {
        return configurer -> configurer.eventProcessing()
                .registerSubscribingEventProcessor(NotificationLog.PROCESSING_GROUP);
    }
}
