package shop.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static shop.contract.Customers.account;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The scenario of the assignment, through HTTP only. */
class OrderJourneyTest extends ThroughHttp {

    @Test
    void anOrderThatFitsIsPaidAndOneThatDoesNotIsNot_eachWithItsEmail() {
        UUID userId = customers.registerWithBalance("100.00");
        String email = shop.get("/users/" + userId).body().get("email").asString();

        ShopClient.Reply fits = shop.post("/orders", Map.of("userId", userId, "price", 60));
        assertThat(fits.status()).as("%s", fits).isEqualTo(201);
        assertThat(fits.body().get("status").asString()).isEqualTo("APPROVED");
        String paidOrder = fits.body().get("id").asString();
        assertThat(fits.location()).endsWith("/orders/" + paidOrder);
        assertThat(customers.balanceOf(userId)).isEqualByComparingTo("40.00");
        JsonNode happy = emailAbout(userId, paidOrder);
        assertThat(happy.get("kind").asString()).isEqualTo("ORDER_APPROVED");
        assertThat(happy.get("email").asString()).isEqualTo(email);

        ShopClient.Reply tooDear = shop.post("/orders", Map.of("userId", userId, "price", 40.01));
        assertThat(tooDear.status()).as("%s", tooDear).isEqualTo(201);
        assertThat(tooDear.body().get("status").asString()).isEqualTo("REJECTED");
        assertThat(tooDear.body().get("reason").asString()).isEqualTo("INSUFFICIENT_FUNDS");
        String unpaidOrder = tooDear.body().get("id").asString();
        assertThat(customers.balanceOf(userId)).isEqualByComparingTo("40.00");
        JsonNode sad = emailAbout(userId, unpaidOrder);
        assertThat(sad.get("kind").asString()).isEqualTo("ORDER_REJECTED");
        assertThat(sad.get("email").asString()).isEqualTo(email);

        assertThat(customers.awaitEmails(userId, 2).get(0).get("orderId").asString()).isEqualTo(unpaidOrder);
        assertThat(shop.get("/orders/" + paidOrder).body().get("status").asString()).isEqualTo("APPROVED");
        assertThat(shop.get("/orders?userId=" + userId).body()).hasSize(2);
        JsonNode ledger = shop.get(account(userId) + "/transactions").body();
        assertThat(ledger.get(0).get("type").asString()).isEqualTo("ORDER_PAYMENT");
        assertThat(ledger.get(0).get("orderId").asString()).isEqualTo(paidOrder);
    }

    @Test
    void anOrderOfAUserWithoutAnAccountIsRejected() {
        ShopClient.Reply order = shop.post("/orders", Map.of("userId", UUID.randomUUID(), "price", 1));

        assertThat(order.status()).isEqualTo(201);
        assertThat(order.body().get("status").asString()).isEqualTo("REJECTED");
        assertThat(order.body().get("reason").asString()).isEqualTo("NO_ACCOUNT");
    }

    @Test
    void badOrdersAreRefusedUpFront() {
        UUID userId = customers.registerWithBalance("10.00");
        for (String json : new String[] {"{}", "{\"userId\":\"" + userId + "\"}", "{\"userId\":\"" + userId
                + "\",\"price\":0}", "{\"userId\":\"" + userId + "\",\"price\":1.001}", "{\"userId\":\"" + userId
                + "\",\"price\":\"5\"}", "{\"userId\":\"nobody\",\"price\":5}", "{\"userId\":"}) {
            ShopClient.Reply refused = shop.postJson("/orders", json, Map.of());
            assertThat(refused.status()).as(json + " -> %s", refused).isEqualTo(400);
            assertThat(refused.isProblem()).isTrue();
        }
        assertThat(shop.get("/orders?userId=" + userId).body()).isEmpty();
        assertThat(shop.get("/orders/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(customers.balanceOf(userId)).isEqualByComparingTo("10.00");
    }

    @Test
    void aMessageIsStoredAndListed() {
        UUID userId = customers.registerWithAccount();

        ShopClient.Reply sent = shop.post("/notifications",
                Map.of("email", "ada@example.org", "subject", "Hello", "body", "Welcome!", "userId", userId));

        assertThat(sent.status()).as("%s", sent).isEqualTo(201);
        assertThat(sent.body().get("kind").asString()).isEqualTo("MESSAGE");
        assertThat(shop.get("/notifications?userId=" + userId).body()).hasSize(1);
        assertThat(shop.postJson("/notifications", "{\"email\":\"nope\",\"subject\":\"\",\"body\":\"x\"}", Map.of())
                .status()).isEqualTo(400);
    }

    private JsonNode emailAbout(UUID userId, String orderId) {
        JsonNode emails = org.awaitility.Awaitility.await().until(
                () -> shop.get("/notifications?userId=" + userId + "&orderId=" + orderId).body(),
                list -> list.size() >= 1);
        assertThat(emails).hasSize(1);
        return emails.get(0);
    }
}
