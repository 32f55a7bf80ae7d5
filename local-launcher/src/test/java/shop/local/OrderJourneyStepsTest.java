package shop.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /orders/{id}/journey}: every step of an order, from the events of the order, billing and notification
 * contexts, each in its context and at its time.
 */
class OrderJourneyStepsTest extends ThroughHttp {

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void aPaidOrderGoesFromPlacedToItsHappyEmail() {
        UUID userId = customers.registerWithBalance("100.00");
        String orderId = placed(userId, "60.00", "APPROVED");

        JsonNode journey = journeyWithItsEmail(orderId);

        assertThat(journey.get("orderId").asString()).isEqualTo(orderId);
        assertThat(stepsOf(journey)).containsExactly(
                "PLACED in order", "PAYMENT_REQUESTED in billing", "ACCOUNT_CHARGED in billing",
                "PAYMENT_COMPLETED in billing", "APPROVED in order", "EMAIL_SENT in notification");
        assertThat(step(journey, "ACCOUNT_CHARGED").get("amount").decimalValue()).isEqualByComparingTo("60.00");
        assertThat(step(journey, "ACCOUNT_CHARGED").get("detail").asString()).contains("40.00");
        assertThat(step(journey, "EMAIL_SENT").get("detail").asString()).contains("Your order is paid");
        assertInTimeOrder(journey);
    }

    @Test
    void anOrderThatDoesNotFitGoesFromPlacedToItsSadEmail_withTheReason() {
        UUID userId = customers.registerWithBalance("10.00");
        String orderId = placed(userId, "40.01", "REJECTED");

        JsonNode journey = journeyWithItsEmail(orderId);

        assertThat(stepsOf(journey)).containsExactly(
                "PLACED in order", "PAYMENT_REQUESTED in billing", "PAYMENT_DECLINED in billing",
                "REJECTED in order", "EMAIL_SENT in notification");
        assertThat(step(journey, "PAYMENT_DECLINED").get("reason").asString()).isEqualTo("INSUFFICIENT_FUNDS");
        assertThat(step(journey, "REJECTED").get("reason").asString()).isEqualTo("INSUFFICIENT_FUNDS");
        assertThat(step(journey, "EMAIL_SENT").get("detail").asString()).contains("could not be paid");
        assertInTimeOrder(journey);
    }

    @Test
    void anUnknownOrderHasNoJourney() {
        ShopClient.Reply unknown = shop.get("/orders/" + UUID.randomUUID() + "/journey");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).as("%s", unknown).isTrue();
        assertThat(unknown.body().get("status").asInt()).isEqualTo(404);
    }

    @Test
    void aReplayOfEveryEventAddsNoStep() {
        UUID userId = customers.registerWithBalance("100.00");
        String orderId = placed(userId, "25.00", "APPROVED");
        List<String> before = stepsOf(journeyWithItsEmail(orderId));

        TrackingEventProcessor journeys = processing
                .eventProcessor("order-journeys", TrackingEventProcessor.class).orElseThrow();
        journeys.shutDown();
        journeys.resetTokens();
        journeys.start();
        await().atMost(Duration.ofSeconds(120)).until(() -> !journeys.isReplaying());

        assertThat(stepsOf(shop.get("/orders/" + orderId + "/journey").body())).isEqualTo(before);
    }

    private String placed(UUID userId, String price, String outcome) {
        ShopClient.Reply order = shop.post("/orders", Map.of("userId", userId, "price", new java.math.BigDecimal(price)));
        assertThat(order.status()).as("%s", order).isEqualTo(201);
        assertThat(order.body().get("status").asString()).isEqualTo(outcome);
        return order.body().get("id").asString();
    }

    /** The journey once the email is sent, the last step of every order that is decided in time. */
    private JsonNode journeyWithItsEmail(String orderId) {
        return await().atMost(Duration.ofSeconds(60))
                .until(() -> shop.get("/orders/" + orderId + "/journey"),
                        reply -> reply.status() == 200 && stepsOf(reply.body()).contains("EMAIL_SENT in notification"))
                .body();
    }

    private static List<String> stepsOf(JsonNode journey) {
        List<String> steps = new ArrayList<>();
        journey.get("steps").forEach(step -> steps.add(step.get("step").asString() + " in "
                + step.get("context").asString()));
        return steps;
    }

    private static JsonNode step(JsonNode journey, String kind) {
        for (JsonNode step : journey.get("steps")) {
            if (step.get("step").asString().equals(kind)) {
                return step;
            }
        }
        throw new AssertionError("no step " + kind + " in " + journey);
    }

    private static void assertInTimeOrder(JsonNode journey) {
        List<Instant> times = new ArrayList<>();
        journey.get("steps").forEach(step -> times.add(Instant.parse(step.get("at").asString())));
        assertThat(times).isSorted();
    }
}
