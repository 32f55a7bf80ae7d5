package shop.user.service.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import shop.user.api.FindUser;
import shop.user.api.RegisterUser;
import shop.user.api.UserProfile;

@RestController
@RequestMapping(path = "/users", produces = MediaType.APPLICATION_JSON_VALUE)
class UserController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    UserController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @Operation(summary = "Registers a user; billing opens the user's account moments later")
    @ApiResponse(responseCode = "201", description = "Registered", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "The username or the email is taken")
    @PostMapping
    ResponseEntity<UserProfile> register(@Valid @RequestBody RegistrationRequest request) {
        UUID userId = UUID.randomUUID();
        commands.sendAndWait(new RegisterUser(userId, request.username().trim(), request.email().trim(),
                request.firstName().trim(), request.lastName().trim(), blankToNull(request.phone())));
        // the profile was written with the registration: it is there to be read
        UserProfile profile = find(userId).orElseThrow();
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(userId).toUri();
        return ResponseEntity.created(location).body(profile);
    }

    @Operation(summary = "A registered user")
    @ApiResponse(responseCode = "200", description = "The user", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "No such user")
    @GetMapping("/{userId}")
    UserProfile get(@PathVariable UUID userId) {
        return find(userId).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No user has the id " + userId + "."));
    }

    private Optional<UserProfile> find(UUID userId) {
        return Optional.ofNullable(
                queries.query(new FindUser(userId), ResponseTypes.instanceOf(UserProfile.class)).join());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
