package shop.user.service.query;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class UserProfileProcessing {

    /**
     * Profiles are written in the transaction of the registration itself, so a user can be read back as soon as
     * {@code POST /users} answers. Only this service writes them, so no event can reach them from elsewhere.
     */
    @Bean
    ConfigurerModule userProfilesAreReadYourWrites() {
        return configurer -> configurer.eventProcessing()
                .registerSubscribingEventProcessor(UserProfileProjection.PROCESSING_GROUP);
    }
}
