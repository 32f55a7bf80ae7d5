package shop.http;

import java.util.concurrent.CompletionException;
import org.axonframework.common.AxonException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A request whose message could not travel gets {@code 503} with {@code Retry-After}, not {@code 500}: the shop is
 * briefly unable to take it, and the client should send it again (with its Idempotency-Key, where it has one).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class UnavailableProblems {

    /** About how long a service takes to reconnect to Axon Server, or a Deployment to replace a pod. */
    public static final String RETRY_AFTER_SECONDS = "5";

    private final MessagingUnavailable unavailable;

    public UnavailableProblems(MessagingUnavailable unavailable) {
        this.unavailable = unavailable;
    }

    @ExceptionHandler({AxonException.class, CompletionException.class, IllegalStateException.class,
            io.grpc.StatusRuntimeException.class, io.axoniq.axonserver.connector.AxonServerException.class})
    ResponseEntity<ProblemDetail> unavailable(Exception exception) throws Exception {
        if (!unavailable.explains(exception)) {
            throw exception;
        }
        return response();
    }

    static ResponseEntity<ProblemDetail> response() {
        return retryLater(HttpStatus.SERVICE_UNAVAILABLE, "Temporarily unavailable",
                "The shop could not pass this request on, or lost its answer on the way back. Send it again: "
                        + "with the same Idempotency-Key it takes effect once.", RETRY_AFTER_SECONDS);
    }

    /** A problem of {@code status} ({@code 503}, or {@code 429} from a shut door) that says when to come back. */
    public static ResponseEntity<ProblemDetail> retryLater(HttpStatus status, String title, String detail,
            String retryAfterSeconds) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status)
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
