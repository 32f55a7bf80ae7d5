package shop.order.service.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.UUID;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import shop.http.UnavailableProblems;
import shop.order.service.OrderTimings;
import shop.order.service.query.OrderBacklog;
import shop.order.service.query.PlacedOrders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * While orders wait longer than the shop can decide one in time, a new one is refused here, before Spring MVC reads,
 * validates and observes it: a refusal that went that whole way cost a request's CPU (about 2.6 ms), and under a load
 * of many times the capacity the refusals, and their clients sending them again, took the cores from the orders
 * already taken until those missed their deadline. An order sent again with its Idempotency-Key that was taken
 * already is let through, to be answered as ever; of a new one only the user is read, so one with bad fields sent
 * while the shop is busy hears its {@code 400} when it comes back.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class OrderDoor extends OncePerRequestFilter {

    /** The backlog drains at the shop's pace; sooner than this, a client would mostly be refused again. */
    private static final String BUSY_RETRY_AFTER_SECONDS = "2";
    /** The request attribute that holds the {@link OrderBacklog.Admission} of an order let in. */
    static final String ADMISSION = OrderDoor.class.getName() + ".admission";

    private final OrderBacklog backlog;
    private final OrderTimings timings;
    private final PlacedOrders placed;
    private final JsonMapper json;
    private final ResponseEntity<ProblemDetail> refusal;
    private final byte[] refusalBody;

    OrderDoor(OrderBacklog backlog, OrderTimings timings, PlacedOrders placed, JsonMapper json) {
        this.backlog = backlog;
        this.timings = timings;
        this.placed = placed;
        this.json = json;
        // 429, not 503: Tomcat closes the connection after a 503, and under overload each refusal then cost its
        // client, or the Ingress, a new one
        this.refusal = UnavailableProblems.retryLater(HttpStatus.TOO_MANY_REQUESTS, "Too busy", "The shop has "
                + "orders waiting longer than it takes to decide one in time, so it did not take this one. Send it "
                + "again after Retry-After seconds: with the same Idempotency-Key it is placed once.",
                BUSY_RETRY_AFTER_SECONDS);
        this.refusal.getBody().setInstance(URI.create("/orders"));
        // rendered once, as Spring MVC renders a ProblemDetail, so the door's answer is the controller's
        this.refusalBody = json.rebuild().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build()
                .writeValueAsBytes(refusal.getBody());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !"/orders".equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (backlog.expectedWait().compareTo(timings.backlogLimit()) <= 0) {
            // counted as waiting until the controller has placed it, or the request ends without it
            try (OrderBacklog.Admission admission = backlog.admit()) {
                request.setAttribute(ADMISSION, admission);
                chain.doFilter(request, response);
            }
            return;
        }
        String key = request.getHeader(OrderIds.IDEMPOTENCY_KEY);
        if (key == null) {
            refuse(response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        if (takenAlready(body, key)) {
            chain.doFilter(new ReplayedBody(request, body), response);
        } else {
            refuse(response);
        }
    }

    private boolean takenAlready(byte[] body, String key) {
        UUID userId;
        try {
            JsonNode user = json.readTree(body).get("userId");
            userId = UUID.fromString(user.asString());
        } catch (RuntimeException unreadable) {
            return false;
        }
        return placed.contains(OrderIds.of(userId, key));
    }

    private void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(refusal.getStatusCode().value());
        refusal.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.setContentLength(refusalBody.length);
        response.getOutputStream().write(refusalBody);
    }
}
