package shop.user.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterUser(
        @TargetAggregateIdentifier UUID userId,
        String username,
        String email,
        String firstName,
        String lastName,
        String phone) {
}
