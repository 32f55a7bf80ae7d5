package shop.user.service.query;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserProfileRepository extends JpaRepository<UserProfileEntry, UUID> {

    /** Adds a registered user's profile unless it is there already. */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert into user_profile (id, username, email, first_name, last_name, phone, registered_at)
            values (:id, :username, :email, :firstName, :lastName, :phone, :registeredAt)
            on conflict (id) do nothing""")
    void registered(UUID id, String username, String email, String firstName, String lastName, String phone,
            Instant registeredAt);
}
