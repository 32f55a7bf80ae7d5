package shop.billing.api;

import java.util.UUID;

/** Answered with the {@link Ledger} of one account, its entries newest first. */
public record FindLedger(UUID userId) {
}
