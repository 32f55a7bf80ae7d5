package shop.notification.service.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import shop.notification.api.FindNotification;
import shop.notification.api.FindNotifications;
import shop.notification.api.Notification;
import shop.notification.api.SendMessage;
import shop.notification.api.SentNotifications;

@RestController
@RequestMapping(path = "/notifications", produces = MediaType.APPLICATION_JSON_VALUE)
class NotificationController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    NotificationController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @Operation(summary = "Sends a message: the service sends by storing it")
    @ApiResponse(responseCode = "201", description = "The stored message", useReturnTypeSchema = true)
    @PostMapping
    ResponseEntity<Notification> send(@Valid @RequestBody MessageRequest request) {
        UUID id = UUID.randomUUID();
        commands.sendAndWait(new SendMessage(id, request.email().trim(), request.subject(), request.body(),
                request.userId()));
        // logged in the transaction that sent it: it is there to be read
        Notification sent = Optional.ofNullable(
                queries.query(new FindNotification(id), ResponseTypes.instanceOf(Notification.class)).join())
                .orElseThrow();
        return ResponseEntity.status(HttpStatus.CREATED).body(sent);
    }

    @Operation(summary = "The messages sent, newest first, filtered by user and by order")
    @ApiResponse(responseCode = "200", description = "The messages", useReturnTypeSchema = true)
    @GetMapping
    List<Notification> list(@RequestParam(required = false) UUID userId,
            @RequestParam(required = false) UUID orderId) {
        return find(userId, orderId);
    }

    private List<Notification> find(UUID userId, UUID orderId) {
        return queries.query(new FindNotifications(userId, orderId),
                ResponseTypes.instanceOf(SentNotifications.class)).join().notifications();
    }
}
