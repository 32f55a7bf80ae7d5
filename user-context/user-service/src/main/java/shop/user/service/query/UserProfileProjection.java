package shop.user.service.query;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import shop.user.api.FindUser;
import shop.user.api.UserProfile;
import shop.user.api.UserRegistered;

@Component
@ProcessingGroup(UserProfileProjection.PROCESSING_GROUP)
class UserProfileProjection {

    static final String PROCESSING_GROUP = "user-profiles";

    private final UserProfileRepository profiles;

    UserProfileProjection(UserProfileRepository profiles) {
        this.profiles = profiles;
    }

    @EventHandler
    void on(UserRegistered event, @Timestamp Instant registeredAt) {
        profiles.registered(event.userId(), event.username(), event.email(), event.firstName(),
                event.lastName(), event.phone(), registeredAt);
    }

    /** {@code null} when no user has the id. */
    @QueryHandler
    UserProfile handle(FindUser query) {
        return profiles.findById(query.userId()).map(UserProfileEntry::toProfile).orElse(null);
    }
}
