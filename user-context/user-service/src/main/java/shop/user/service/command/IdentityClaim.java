package shop.user.service.command;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "identity_claim")
class IdentityClaim {

    @Id
    private UUID userId;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(nullable = false, unique = true)
    private String email;

    protected IdentityClaim() {
    }

    IdentityClaim(UUID userId, String username, String email) {
        this.userId = userId;
        this.username = username;
        this.email = email;
    }
}
