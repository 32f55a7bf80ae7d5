package shop.order.service.command;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.axonframework.commandhandling.CommandExecutionException;
import shop.order.api.OrderRejection;

/** A price is positive, in whole cents, and at most a billion. */
final class Price {

    static final BigDecimal MAX = new BigDecimal("1000000000");

    private Price() {
    }

    static BigDecimal valid(BigDecimal price) {
        if (price == null || price.signum() <= 0 || price.compareTo(MAX) > 0 || price.stripTrailingZeros().scale() > 2) {
            throw new CommandExecutionException("A price must be positive, in whole cents and at most " + MAX + ": "
                    + price + " is not.", null, OrderRejection.INVALID_PRICE);
        }
        return price.setScale(2, RoundingMode.UNNECESSARY);
    }
}
