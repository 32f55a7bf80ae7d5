package shop.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Orders and their journeys ({@code GET /orders/{id}/journey}) as the tests read them. */
public final class Journeys {

    private final ShopClient shop;

    public Journeys(ShopClient shop) {
        this.shop = shop;
    }

    /** Places an order that is decided while POST /orders waits, as {@code outcome}; its id. */
    public String placed(UUID userId, String price, String outcome) {
        ShopClient.Reply order = shop.post("/orders", Map.of("userId", userId, "price", new BigDecimal(price)));
        assertThat(order.status()).as("%s", order).isEqualTo(201);
        assertThat(order.body().get("status").asString()).isEqualTo(outcome);
        return order.body().get("id").asString();
    }

    /** The journey once the email is sent, the last step of every order that is decided in time. */
    public JsonNode withItsEmail(String orderId) {
        return await().atMost(Duration.ofSeconds(60))
                .until(() -> shop.get("/orders/" + orderId + "/journey"),
                        reply -> reply.status() == 200 && stepsOf(reply.body()).contains("EMAIL_SENT in notification"))
                .body();
    }

    public JsonNode of(String orderId) {
        return shop.get("/orders/" + orderId + "/journey").body();
    }

    /** Each step as "KIND in context", in the order of the journey. */
    public static List<String> stepsOf(JsonNode journey) {
        List<String> steps = new ArrayList<>();
        journey.get("steps").forEach(step -> steps.add(step.get("step").asString() + " in "
                + step.get("context").asString()));
        return steps;
    }
}
