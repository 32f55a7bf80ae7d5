package shop.notification.service.query;

import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import shop.axon.ReadYourWritesProjection;

@Configuration(proxyBeanMethods = false)
class NotificationLogProcessing {

    /**
     * An email is logged in the transaction that sends it, so it is listed as soon as it is sent. Only this
     * service sends emails.
     */
    @Bean
    ConfigurerModule notificationLogIsReadYourWrites(ObjectProvider<NotificationRepository> notifications,
            ReadYourWritesProjection projections) {
        return projections.of(NotificationLog.PROCESSING_GROUP,
                axon -> new NotificationLog(notifications.getObject()));
    }
}
