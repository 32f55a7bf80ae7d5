package shop.billing.api;

import java.util.UUID;

/** Answered with the {@link LedgerEntry entries} of one account, newest first. */
public record FindLedger(UUID userId) {
}
