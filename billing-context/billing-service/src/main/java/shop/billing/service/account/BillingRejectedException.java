package shop.billing.service.account;

import org.axonframework.commandhandling.CommandExecutionException;
import shop.billing.api.BillingRejection;

class BillingRejectedException extends CommandExecutionException {

    BillingRejectedException(BillingRejection reason, String message) {
        super(message, null, reason);
    }
}
