package shop.billing.api;

import java.math.BigDecimal;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Answered with the {@link AccountBalance} after it. A {@code transactionId} that the account has seen before
 * deposits nothing again and answers as it did the first time.
 */
public record DepositMoney(UUID userId, String transactionId, BigDecimal amount) implements AccountCommand {

    @TargetAggregateIdentifier
    public String accountId() {
        return AccountCommand.accountIdOf(userId);
    }
}
