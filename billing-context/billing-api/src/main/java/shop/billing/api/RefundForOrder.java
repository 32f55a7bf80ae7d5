package shop.billing.api;

import java.math.BigDecimal;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives back what {@link ChargeForOrder} took for the order; at most once, and only what was taken. */
public record RefundForOrder(UUID userId, UUID orderId, BigDecimal amount) implements AccountCommand {

    @TargetAggregateIdentifier
    public String accountId() {
        return AccountCommand.accountIdOf(userId);
    }
}
