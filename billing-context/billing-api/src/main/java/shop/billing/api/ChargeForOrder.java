package shop.billing.api;

import java.math.BigDecimal;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Takes the price of an order from the account: answered with the {@link AccountBalance} after it, or rejected
 * with {@link BillingRejection#INSUFFICIENT_FUNDS}. An order is charged at most once, however often this comes.
 */
public record ChargeForOrder(UUID userId, UUID orderId, BigDecimal amount) implements AccountCommand {

    @TargetAggregateIdentifier
    public String accountId() {
        return AccountCommand.accountIdOf(userId);
    }
}
