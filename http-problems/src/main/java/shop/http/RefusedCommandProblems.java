package shop.http;

import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A command that an aggregate refused for a known reason is the client's problem: its 4xx, with the reason. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RefusedCommandProblems {

    public static final String REASON = "reason";

    private final List<Refusals<?>> refusals;
    private final MessagingUnavailable unavailable;

    public RefusedCommandProblems(List<Refusals<?>> refusals, MessagingUnavailable unavailable) {
        this.refusals = refusals;
        this.unavailable = unavailable;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(CommandExecutionException exception) {
        Object reason = exception.getDetails().orElse(null);
        return refusals.stream()
                .filter(known -> known.reasons().isInstance(reason))
                .findFirst()
                .map(known -> problem(known, reason, exception.getMessage()))
                .map(problem -> ResponseEntity.status(problem.getStatus()).body(problem))
                .or(() -> unavailable.explains(exception) ? Optional.of(UnavailableProblems.response()) : Optional.empty())
                .orElseThrow(() -> exception);
    }

    private static <R extends Enum<R>> ProblemDetail problem(Refusals<R> known, Object reason, String message) {
        R typed = known.reasons().cast(reason);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(known.status(typed), message);
        problem.setTitle(known.title(typed));
        problem.setProperty(REASON, typed);
        return problem;
    }
}
