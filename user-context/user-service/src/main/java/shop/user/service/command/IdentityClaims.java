package shop.user.service.command;

import java.util.UUID;

/**
 * The set of usernames and emails in use. A claim is written in the same transaction as the registration, so
 * two registrations that race for one name cannot both succeed.
 */
public interface IdentityClaims {

    /** @throws RegistrationRejectedException when the username or the email is already claimed */
    void claim(UUID userId, String username, String email);
}
