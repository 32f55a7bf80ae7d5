package shop.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static shop.contract.Customers.account;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OrderConcurrencyTest extends ThroughHttp {

    @Test
    void fiftyOrdersOnAnAccountThatCoversTenApproveExactlyTen() throws Exception {
        UUID userId = customers.registerWithBalance("100.00");

        List<String> outcomes = Race.of(50, () -> customers.placeOrder(userId, "10.00").body().get("status").asString());

        assertThat(outcomes).filteredOn("APPROVED"::equals).hasSize(10);
        assertThat(outcomes).filteredOn("REJECTED"::equals).hasSize(40);
        assertThat(customers.balanceOf(userId)).isEqualByComparingTo("0.00");
        JsonNode emails = customers.awaitEmails(userId, 50);
        assertThat(emails.findValuesAsString("kind")).filteredOn("ORDER_APPROVED"::equals).hasSize(10);
        assertThat(emails.findValuesAsString("kind")).filteredOn("ORDER_REJECTED"::equals).hasSize(40);
        assertThat(emails.findValuesAsString("orderId")).doesNotHaveDuplicates();
        assertThat(shop.get(account(userId) + "/transactions").body().findValuesAsString("type"))
                .filteredOn("ORDER_PAYMENT"::equals).hasSize(10);
    }

    @Test
    void anIdempotencyKeyReplayedInParallelPlacesOneOrderAndPaysOnce() throws Exception {
        UUID userId = customers.registerWithBalance("100.00");
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

        List<JsonNode> answers = Race.of(10, () -> customers.placeOrder(userId, "30.00", key).body());

        assertThat(answers.stream().map(answer -> answer.get("id").asString()).distinct()).hasSize(1);
        assertThat(answers).allSatisfy(answer -> assertThat(answer.get("status").asString()).isEqualTo("APPROVED"));
        assertThat(shop.get("/orders?userId=" + userId).body()).hasSize(1);
        assertThat(customers.balanceOf(userId)).isEqualByComparingTo("70.00");
        assertThat(customers.awaitEmails(userId, 1).get(0).get("kind").asString()).isEqualTo("ORDER_APPROVED");
    }

    @Test
    void anOrderSentAgainAfterItWasDecidedIsAnsweredWithItsOutcomeAndPaidOnce() {
        UUID userId = customers.registerWithBalance("100.00");
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        JsonNode decided = customers.placeOrder(userId, "30.00", key).body();

        ShopClient.Reply again = shop.post("/orders", Map.of("userId", userId, "price", 30), key);

        assertThat(again.status()).as("%s", again).isEqualTo(201);
        assertThat(again.body()).isEqualTo(decided);
        assertThat(shop.get("/orders?userId=" + userId).body()).hasSize(1);
        assertThat(customers.balanceOf(userId)).isEqualByComparingTo("70.00");
    }

}
