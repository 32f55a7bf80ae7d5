package shop.user.api;

import java.time.Instant;
import java.util.UUID;

public record UserProfile(
        UUID id,
        String username,
        String email,
        String firstName,
        String lastName,
        String phone,
        Instant registeredAt) {
}
