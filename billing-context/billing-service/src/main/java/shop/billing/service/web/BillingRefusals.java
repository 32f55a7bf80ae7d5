package shop.billing.service.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import shop.billing.api.BillingRejection;
import shop.http.Refusals;

@Component
class BillingRefusals implements Refusals<BillingRejection> {

    @Override
    public Class<BillingRejection> reasons() {
        return BillingRejection.class;
    }

    @Override
    public HttpStatus status(BillingRejection reason) {
        return switch (reason) {
            case ACCOUNT_NOT_FOUND -> HttpStatus.NOT_FOUND;
            case ACCOUNT_ALREADY_OPEN, INSUFFICIENT_FUNDS, NOTHING_TO_REFUND, PAYMENT_NOT_COMPLETED ->
                    HttpStatus.CONFLICT;
            case INVALID_AMOUNT -> HttpStatus.BAD_REQUEST;
            case TRANSACTION_ID_REUSED -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
    }

    @Override
    public String title(BillingRejection reason) {
        return switch (reason) {
            case ACCOUNT_NOT_FOUND -> "No account";
            case ACCOUNT_ALREADY_OPEN -> "Account already open";
            case INSUFFICIENT_FUNDS -> "Insufficient funds";
            case INVALID_AMOUNT -> "Invalid amount";
            case TRANSACTION_ID_REUSED -> "Idempotency-Key reused";
            case NOTHING_TO_REFUND, PAYMENT_NOT_COMPLETED -> "Nothing to refund";
        };
    }
}
