package shop.order.service.web;

import org.axonframework.commandhandling.CommandExecutionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import shop.order.api.OrderRejection;

@RestControllerAdvice(basePackageClasses = OrderController.class)
class OrderProblems {

    @ExceptionHandler
    ProblemDetail rejected(CommandExecutionException exception) {
        if (exception.getDetails().orElse(null) instanceof OrderRejection reason) {
            HttpStatus status = switch (reason) {
                case ORDER_ID_REUSED -> HttpStatus.UNPROCESSABLE_CONTENT;
                case ORDER_DECIDED -> HttpStatus.CONFLICT;
                case INVALID_PRICE -> HttpStatus.BAD_REQUEST;
            };
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, exception.getMessage());
            problem.setTitle(reason == OrderRejection.ORDER_ID_REUSED ? "Idempotency-Key reused" : "Order refused");
            problem.setProperty("reason", reason);
            return problem;
        }
        throw exception;
    }
}
