package shop.user.service.query;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import shop.user.api.UserProfile;

@Entity
@Table(name = "user_profile")
class UserProfileEntry {

    @Id
    private UUID id;
    private String username;
    private String email;
    private String firstName;
    private String lastName;
    private String phone;
    private Instant registeredAt;

    protected UserProfileEntry() {
    }

    UserProfile toProfile() {
        return new UserProfile(id, username, email, firstName, lastName, phone, registeredAt);
    }
}
