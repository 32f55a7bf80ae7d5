package shop.billing.api;

import java.util.UUID;

/** Answered with the {@link AccountBalance}, or with nothing ({@code null}) while the account is not open. */
public record FindAccount(UUID userId) {
}
