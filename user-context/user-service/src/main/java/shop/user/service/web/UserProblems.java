package shop.user.service.web;

import org.axonframework.commandhandling.CommandExecutionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import shop.user.api.RegistrationRejected;

@RestControllerAdvice(basePackageClasses = UserController.class)
class UserProblems {

    @ExceptionHandler
    ProblemDetail rejected(CommandExecutionException exception) {
        if (exception.getDetails().orElse(null) instanceof RegistrationRejected reason) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, exception.getMessage());
            problem.setTitle("Registration rejected");
            problem.setProperty("reason", reason);
            return problem;
        }
        throw exception;
    }
}
