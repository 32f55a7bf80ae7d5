package shop.user.api;

import java.util.UUID;

/** Answered with an {@code Optional<UserProfile>}. */
public record FindUser(UUID userId) {
}
