package shop.billing.service.web;

import org.axonframework.commandhandling.CommandExecutionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import shop.billing.api.BillingRejection;

@RestControllerAdvice(basePackageClasses = AccountController.class)
class BillingProblems {

    @ExceptionHandler
    ProblemDetail rejected(CommandExecutionException exception) {
        if (exception.getDetails().orElse(null) instanceof BillingRejection reason) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(statusOf(reason), exception.getMessage());
            problem.setTitle(switch (reason) {
                case ACCOUNT_NOT_FOUND -> "No account";
                case ACCOUNT_ALREADY_OPEN -> "Account already open";
                case INSUFFICIENT_FUNDS -> "Insufficient funds";
                case INVALID_AMOUNT -> "Invalid amount";
                case TRANSACTION_ID_REUSED -> "Idempotency-Key reused";
                case NOTHING_TO_REFUND, PAYMENT_NOT_COMPLETED -> "Nothing to refund";
            });
            problem.setProperty("reason", reason);
            return problem;
        }
        throw exception;
    }

    private static HttpStatus statusOf(BillingRejection reason) {
        return switch (reason) {
            case ACCOUNT_NOT_FOUND -> HttpStatus.NOT_FOUND;
            case ACCOUNT_ALREADY_OPEN, INSUFFICIENT_FUNDS, NOTHING_TO_REFUND, PAYMENT_NOT_COMPLETED ->
                    HttpStatus.CONFLICT;
            case INVALID_AMOUNT -> HttpStatus.BAD_REQUEST;
            case TRANSACTION_ID_REUSED -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
    }
}
