package shop.billing.api;

import java.util.List;

/**
 * The answer to {@link FindLedger}: the entries of one account, newest first. A record rather than a bare list,
 * because a list loses its element type on the wire between two services and arrives as a list of maps.
 */
public record Ledger(List<LedgerEntry> entries) {

    public Ledger {
        entries = List.copyOf(entries);
    }
}
