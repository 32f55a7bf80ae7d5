package shop.user.service.command;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shop.user.api.RegisterUser;
import shop.user.api.RegistrationRejected;
import shop.user.api.UserRegistered;

class UserTest {

    private final ClaimsInMemory claims = new ClaimsInMemory();
    private FixtureConfiguration<User> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(User.class);
        fixture.registerInjectableResource(claims);
    }

    @Test
    void registeringAUserPublishesAllThatOtherContextsNeed() {
        UUID userId = UUID.randomUUID();

        fixture.givenNoPriorActivity()
                .when(new RegisterUser(userId, "ada", "ada@example.org", "Ada", "Lovelace", "+44 20 7946 0000"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new UserRegistered(userId, "ada", "ada@example.org", "Ada", "Lovelace",
                        "+44 20 7946 0000"));
    }

    @Test
    void aTakenUsernameIsRejectedAndNothingIsRegistered() {
        claims.claim(UUID.randomUUID(), "ada", "someone@example.org");

        fixture.givenNoPriorActivity()
                .when(new RegisterUser(UUID.randomUUID(), "ada", "ada@example.org", "Ada", "Lovelace", null))
                .expectException(RegistrationRejectedException.class)
                .expectExceptionDetails(RegistrationRejected.USERNAME_TAKEN)
                .expectNoEvents();
    }

    @Test
    void aTakenEmailIsRejectedAndNothingIsRegistered() {
        claims.claim(UUID.randomUUID(), "someone", "ada@example.org");

        fixture.givenNoPriorActivity()
                .when(new RegisterUser(UUID.randomUUID(), "ada", "ada@example.org", "Ada", "Lovelace", null))
                .expectException(RegistrationRejectedException.class)
                .expectExceptionDetails(RegistrationRejected.EMAIL_TAKEN)
                .expectNoEvents();
    }

    /** The rule as the table enforces it, without the table. */
    static class ClaimsInMemory implements IdentityClaims {
        private final Set<String> usernames = new HashSet<>();
        private final Set<String> emails = new HashSet<>();

        @Override
        public void claim(UUID userId, String username, String email) {
            if (usernames.contains(username.toLowerCase())) {
                throw new RegistrationRejectedException(RegistrationRejected.USERNAME_TAKEN);
            }
            if (emails.contains(email.toLowerCase())) {
                throw new RegistrationRejectedException(RegistrationRejected.EMAIL_TAKEN);
            }
            usernames.add(username.toLowerCase());
            emails.add(email.toLowerCase());
        }
    }
}
