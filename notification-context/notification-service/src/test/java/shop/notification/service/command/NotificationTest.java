package shop.notification.service.command;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shop.notification.api.EmailKind;
import shop.notification.api.EmailSent;
import shop.notification.api.NotificationRejection;
import shop.notification.api.SendMessage;
import shop.notification.api.SendOrderEmail;
import shop.notification.service.recipient.Recipient;
import shop.notification.service.recipient.Recipients;

class NotificationTest {

    private final UUID userId = UUID.randomUUID();
    private final UUID orderId = UUID.randomUUID();
    private final Map<UUID, Recipient> registered = new java.util.HashMap<>();
    private FixtureConfiguration<Notification> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Notification.class);
        fixture.registerInjectableResource((Recipients) id -> Optional.ofNullable(registered.get(id)));
        registered.put(userId, new Recipient("ada@example.org", "Ada"));
    }

    @Test
    void theHappyEmailGoesToTheRegisteredAddress() {
        SendOrderEmail happy = new SendOrderEmail(orderId, userId, EmailKind.ORDER_APPROVED, new BigDecimal("5.00"), null);

        fixture.givenNoPriorActivity()
                .when(happy)
                .expectEvents(new EmailSent(happy.notificationId(), userId, "ada@example.org", orderId,
                        EmailKind.ORDER_APPROVED, "Your order is paid",
                        "Dear Ada, we took 5.00 from your account for order " + orderId + ". Thank you!"));
    }

    @Test
    void theSadEmailSaysWhy() {
        SendOrderEmail sad = new SendOrderEmail(orderId, userId, EmailKind.ORDER_REJECTED, new BigDecimal("5.00"),
                "INSUFFICIENT_FUNDS");

        fixture.givenNoPriorActivity()
                .when(sad)
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.axonframework.test.matchers.Matchers.predicate((EmailSent email) ->
                                        email.kind() == EmailKind.ORDER_REJECTED
                                                && email.email().equals("ada@example.org")
                                                && email.body().contains("your balance does not cover it")),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void anOrderGetsOneEmailHoweverOftenItIsAskedFor() {
        SendOrderEmail happy = new SendOrderEmail(orderId, userId, EmailKind.ORDER_APPROVED, new BigDecimal("5.00"), null);

        fixture.given(new EmailSent(happy.notificationId(), userId, "ada@example.org", orderId,
                        EmailKind.ORDER_APPROVED, "s", "b"))
                .when(happy)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anEmailToAUserWithoutAnAddressIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new SendOrderEmail(orderId, UUID.randomUUID(), EmailKind.ORDER_REJECTED, BigDecimal.ONE,
                        "NO_ACCOUNT"))
                .expectExceptionDetails(NotificationRejection.UNKNOWN_RECIPIENT)
                .expectNoEvents();
    }

    @Test
    void aMessageIsSentAsWritten() {
        UUID id = UUID.randomUUID();

        fixture.givenNoPriorActivity()
                .when(new SendMessage(id, "bob@example.org", "Hello", "World", null))
                .expectEvents(new EmailSent(id, null, "bob@example.org", null, EmailKind.MESSAGE, "Hello", "World"));
    }
}
