package shop.user.service.command;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface IdentityClaimRepository extends JpaRepository<IdentityClaim, UUID> {

    boolean existsByUsername(String username);

    boolean existsByEmail(String email);
}
