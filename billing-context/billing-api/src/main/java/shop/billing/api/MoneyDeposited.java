package shop.billing.api;

import java.math.BigDecimal;
import java.util.UUID;

/** {@code balance} is the balance after the deposit. */
public record MoneyDeposited(UUID userId, String transactionId, BigDecimal amount, BigDecimal balance) {
}
