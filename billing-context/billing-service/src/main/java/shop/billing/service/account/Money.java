package shop.billing.service.account;

import java.math.BigDecimal;
import java.math.RoundingMode;
import shop.billing.api.BillingRejection;

/** Amounts of money are positive and in whole cents. */
final class Money {

    static final int CENTS = 2;
    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(CENTS);

    private Money() {
    }

    static BigDecimal validAmount(BigDecimal amount) {
        if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > CENTS) {
            throw new BillingRejectedException(BillingRejection.INVALID_AMOUNT,
                    "An amount must be positive, in whole cents: " + amount + " is not.");
        }
        return amount.setScale(CENTS, RoundingMode.UNNECESSARY);
    }
}
