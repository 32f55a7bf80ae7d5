package shop.user.service.command;

import java.util.Locale;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import shop.user.api.RegistrationRejected;

/** Names are compared without case: "Alice" and "alice" are one user to a person. */
@Component
class JpaIdentityClaims implements IdentityClaims {

    private final IdentityClaimRepository claims;

    JpaIdentityClaims(IdentityClaimRepository claims) {
        this.claims = claims;
    }

    @Override
    public void claim(UUID userId, String username, String email) {
        String claimedUsername = username.toLowerCase(Locale.ROOT);
        String claimedEmail = email.toLowerCase(Locale.ROOT);
        if (claims.existsByUsername(claimedUsername)) {
            throw new RegistrationRejectedException(RegistrationRejected.USERNAME_TAKEN);
        }
        if (claims.existsByEmail(claimedEmail)) {
            throw new RegistrationRejectedException(RegistrationRejected.EMAIL_TAKEN);
        }
        try {
            claims.saveAndFlush(new IdentityClaim(userId, claimedUsername, claimedEmail));
        } catch (DataIntegrityViolationException lostTheRace) {
            // a concurrent registration committed the same name between the check and the insert
            boolean emailTaken = String.valueOf(lostTheRace.getMostSpecificCause().getMessage()).contains("email");
            throw new RegistrationRejectedException(
                    emailTaken ? RegistrationRejected.EMAIL_TAKEN : RegistrationRejected.USERNAME_TAKEN);
        }
    }
}
