package shop.order.service.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import reactor.core.publisher.Mono;
import shop.order.api.FindOrder;
import shop.order.api.FindOrderJourney;
import shop.order.api.FindOrdersOfUser;
import shop.order.api.OrderJourney;
import shop.order.api.OrderStatus;
import shop.order.api.OrderSummary;
import shop.order.api.OrdersOfUser;
import shop.order.api.PlaceOrder;
import shop.order.service.OrderTimings;
import shop.order.service.query.OrderBacklog;
import shop.order.service.query.WaitingRequests;

@RestController
@RequestMapping(path = "/orders", produces = MediaType.APPLICATION_JSON_VALUE)
class OrderController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final OrderTimings timings;
    private final OrderBacklog backlog;
    private final WaitingRequests waitingRequests;

    OrderController(CommandGateway commands, QueryGateway queries, OrderTimings timings, OrderBacklog backlog,
            WaitingRequests waitingRequests) {
        this.commands = commands;
        this.queries = queries;
        this.timings = timings;
        this.backlog = backlog;
        this.waitingRequests = waitingRequests;
    }

    /**
     * Places the order and waits, for a while, for its outcome: {@code 201} with it, or {@code 202} with the
     * order still pending, to be polled at its {@code Location}. While the shop expects the outcome later than that
     * wait, it answers {@code 202} at once; further behind, {@link OrderDoor} refuses a new order before it gets here.
     */
    @Operation(summary = "Places an order and waits a few seconds for its outcome, unless the shop expects it later; "
            + "the same Idempotency-Key is the same order")
    @ApiResponse(responseCode = "201", description = "Decided: APPROVED, or REJECTED with a reason", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "202", description = "Still PENDING: poll the Location after Retry-After seconds",
            useReturnTypeSchema = true, headers = @Header(name = HttpHeaders.RETRY_AFTER,
                    description = "seconds until the outcome is expected", schema = @Schema(type = "integer")))
    @ApiResponse(responseCode = "422", description = "The Idempotency-Key was used for another order")
    @ApiResponse(responseCode = "429", description = "Too busy: orders wait longer than the shop can decide one in "
            + "time, and this new one was not taken; send it again after Retry-After seconds")
    @PostMapping
    ResponseEntity<OrderSummary> place(@Valid @RequestBody PlaceOrderRequest request,
            @RequestHeader(name = OrderIds.IDEMPOTENCY_KEY, required = false) @Size(min = 1, max = 128) String key,
            HttpServletRequest servletRequest) {
        UUID orderId = OrderIds.of(request.userId(), key);
        if (backlog.expectedWait().compareTo(timings.outcomeWait()) > 0) {
            // its outcome would come after the wait anyway; a thread held for the wait is one the requests behind it
            // lack: under overload every one of Tomcat's threads waited so, and new orders queued in front of the door
            placeOrder(orderId, request, servletRequest);
            return answer(orderId, find(orderId).orElseThrow());
        }
        try (WaitingRequests.WaitingRequest waiting = waitingRequests.expect(orderId)) {
            boolean placedNow = placeOrder(orderId, request, servletRequest);
            OrderSummary decided = placedNow && waiting.placedHere()
                    ? waiting.outcome(timings.outcomeWait())
                    : outcomeFromAnyJvm(orderId);
            return answer(orderId, decided != null ? decided : find(orderId).orElseThrow());
        }
    }

    /**
     * For an order placed before (a retried one: its summary may be decided already) or in another JVM of the order
     * service, which will decide it there: a subscription query reaches every JVM.
     */
    private OrderSummary outcomeFromAnyJvm(UUID orderId) {
        SubscriptionQueryResult<OrderSummary, OrderSummary> order = queries.subscriptionQuery(
                new FindOrder(orderId), ResponseTypes.instanceOf(OrderSummary.class),
                ResponseTypes.instanceOf(OrderSummary.class));
        try {
            return order.initialResult().concatWith(order.updates())
                    .filter(summary -> summary.status() != OrderStatus.PENDING)
                    .next()
                    .timeout(timings.outcomeWait(), Mono.empty())
                    .block();
        } finally {
            order.cancel();
        }
    }

    /** {@code true} when this request placed the order, {@code false} when it was placed already. */
    private boolean placeOrder(UUID orderId, PlaceOrderRequest request, HttpServletRequest servletRequest) {
        boolean placedNow = commands.sendAndWait(new PlaceOrder(orderId, request.userId(), request.price()));
        // placed: from here the door's reading of the summaries counts it
        if (servletRequest.getAttribute(OrderDoor.ADMISSION) instanceof OrderBacklog.Admission admission) {
            admission.close();
        }
        return placedNow;
    }

    private ResponseEntity<OrderSummary> answer(UUID orderId, OrderSummary order) {
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(orderId).toUri();
        return order.status() != OrderStatus.PENDING
                ? ResponseEntity.created(location).body(order)
                : ResponseEntity.accepted().location(location).header(HttpHeaders.RETRY_AFTER, retryAfter(order))
                        .body(order);
    }

    @Operation(summary = "An order with its status")
    @ApiResponse(responseCode = "200", description = "The order", useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.RETRY_AFTER, description = "while PENDING: seconds until the outcome "
                    + "is expected", schema = @Schema(type = "integer")))
    @ApiResponse(responseCode = "404", description = "No such order")
    @GetMapping("/{orderId}")
    ResponseEntity<OrderSummary> get(@PathVariable UUID orderId) {
        OrderSummary order = known(orderId);
        return order.status() != OrderStatus.PENDING
                ? ResponseEntity.ok(order)
                : ResponseEntity.ok().header(HttpHeaders.RETRY_AFTER, retryAfter(order)).body(order);
    }

    /** When to ask again about a pending order: when the shop expects it decided, by its deadline at the latest. */
    private String retryAfter(OrderSummary order) {
        Duration toDeadline = Duration.between(Instant.now(), order.placedAt().plus(timings.paymentTimeout()));
        Duration expected = backlog.expectedWait();
        Duration wait = expected.compareTo(toDeadline) < 0 ? expected : toDeadline;
        return Long.toString(Math.max(1, wait.plusMillis(999).toSeconds()));
    }

    private OrderSummary known(UUID orderId) {
        return find(orderId).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No order has the id " + orderId + "."));
    }

    /**
     * The journey is built from a stream that may lag a moment behind the order itself: an order that is known but
     * whose first step has not arrived yet has a journey with no steps, not a 404.
     */
    @Operation(summary = "Every step of an order so far, in every context, in the order they happened")
    @ApiResponse(responseCode = "200", description = "The journey, oldest step first", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "No such order")
    @GetMapping("/{orderId}/journey")
    OrderJourney journey(@PathVariable UUID orderId) {
        OrderJourney journey = queries.query(new FindOrderJourney(orderId), ResponseTypes.instanceOf(OrderJourney.class))
                .join();
        if (journey != null) {
            return journey;
        }
        known(orderId); // the 404 of an unknown order, as GET /orders/{id} answers it
        return new OrderJourney(orderId, List.of());
    }

    @Operation(summary = "The orders of a user, newest first")
    @ApiResponse(responseCode = "200", description = "The orders", useReturnTypeSchema = true)
    @GetMapping
    List<OrderSummary> ofUser(@RequestParam UUID userId) {
        return queries.query(new FindOrdersOfUser(userId), ResponseTypes.instanceOf(OrdersOfUser.class))
                .join()
                .orders();
    }

    private Optional<OrderSummary> find(UUID orderId) {
        return Optional.ofNullable(
                queries.query(new FindOrder(orderId), ResponseTypes.instanceOf(OrderSummary.class)).join());
    }
}
