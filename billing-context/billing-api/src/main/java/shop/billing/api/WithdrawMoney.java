package shop.billing.api;

import java.math.BigDecimal;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Answered with the {@link AccountBalance} after it, or rejected with {@link BillingRejection#INSUFFICIENT_FUNDS}.
 * A {@code transactionId} that the account has seen before takes nothing again and answers as the first time.
 */
public record WithdrawMoney(UUID userId, String transactionId, BigDecimal amount) implements AccountCommand {

    @TargetAggregateIdentifier
    public String accountId() {
        return AccountCommand.accountIdOf(userId);
    }
}
