package shop.user.api;

import java.util.UUID;

/** Answered with the {@link UserProfile}, or with nothing ({@code null}) when no user has that id. */
public record FindUser(UUID userId) {
}
