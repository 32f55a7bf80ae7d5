package shop.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /orders/{id}/journey}: every step of an order, from the events of the order, billing and notification
 * contexts, each in its context and at its time.
 */
class OrderJourneyStepsTest extends ThroughHttp {

    private Journeys journeys;

    @BeforeEach
    void journeys() {
        journeys = new Journeys(shop);
    }

    @Test
    void aPaidOrderGoesFromPlacedToItsHappyEmail() {
        UUID userId = customers.registerWithBalance("100.00");
        String orderId = journeys.placed(userId, "60.00", "APPROVED");

        JsonNode journey = journeys.withItsEmail(orderId);

        assertThat(journey.get("orderId").asString()).isEqualTo(orderId);
        assertThat(Journeys.stepsOf(journey)).containsExactly(
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
        String orderId = journeys.placed(userId, "40.01", "REJECTED");

        JsonNode journey = journeys.withItsEmail(orderId);

        assertThat(Journeys.stepsOf(journey)).containsExactly(
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
