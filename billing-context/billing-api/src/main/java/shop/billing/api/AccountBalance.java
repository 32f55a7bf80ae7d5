package shop.billing.api;

import java.math.BigDecimal;
import java.util.UUID;

public record AccountBalance(UUID userId, BigDecimal balance) {
}
