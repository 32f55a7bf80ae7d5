package shop.user.api;

import java.util.UUID;

/** Carries what billing needs to open an account and notifications need to reach the user. */
public record UserRegistered(
        UUID userId,
        String username,
        String email,
        String firstName,
        String lastName,
        String phone) {
}
