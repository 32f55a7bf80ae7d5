package shop.billing.api;

import java.util.UUID;

/** Answered with an {@code Optional<AccountBalance>}: empty while the account is not open. */
public record FindAccount(UUID userId) {
}
