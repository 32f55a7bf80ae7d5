package shop.billing.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record OpenAccount(UUID userId) implements AccountCommand {

    @TargetAggregateIdentifier
    public String accountId() {
        return AccountCommand.accountIdOf(userId);
    }
}
