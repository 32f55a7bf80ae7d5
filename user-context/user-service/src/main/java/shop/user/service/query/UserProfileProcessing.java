package shop.user.service.query;

import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import shop.axon.ReadYourWritesProjection;

@Configuration(proxyBeanMethods = false)
class UserProfileProcessing {

    /**
     * Profiles are written in the transaction of the registration itself, so a user can be read back as soon as
     * {@code POST /users} answers. Only this service writes them, so no event can reach them from elsewhere.
     */
    @Bean
    ConfigurerModule userProfilesAreReadYourWrites(ObjectProvider<UserProfileRepository> profiles,
            ReadYourWritesProjection projections) {
        return projections.of(UserProfileProjection.PROCESSING_GROUP,
                axon -> new UserProfileProjection(profiles.getObject()));
    }
}
