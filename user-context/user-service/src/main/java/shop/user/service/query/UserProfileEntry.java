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

    UserProfileEntry(UUID id, String username, String email, String firstName, String lastName, String phone,
            Instant registeredAt) {
        this.id = id;
        this.username = username;
        this.email = email;
        this.firstName = firstName;
        this.lastName = lastName;
        this.phone = phone;
        this.registeredAt = registeredAt;
    }

    UserProfile toProfile() {
        return new UserProfile(id, username, email, firstName, lastName, phone, registeredAt);
    }
}
