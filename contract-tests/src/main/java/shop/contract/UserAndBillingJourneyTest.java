package shop.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static shop.contract.Customers.account;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class UserAndBillingJourneyTest extends ThroughHttp {

    @Test
    void aRegisteredUserGetsAnAccountThatTakesDepositsAndWithdrawals() {
        String username = Customers.uniqueName();
        ShopClient.Reply registered = shop.post("/users", Customers.registration(username));
        assertThat(registered.status()).isEqualTo(201);
        UUID userId = UUID.fromString(registered.body().get("id").asString());
        assertThat(registered.location()).endsWith("/users/" + userId);
        assertThat(registered.body().get("username").asString()).isEqualTo(username);
        assertThat(registered.body().get("email").asString()).isEqualTo(username + "@example.org");

        ShopClient.Reply read = shop.get("/users/" + userId);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).isEqualTo(registered.body());

        ShopClient.Reply opened = customers.awaitAccount(userId);
        assertThat(opened.body().get("balance").decimalValue()).isEqualByComparingTo("0");

        ShopClient.Reply deposit = shop.post(account(userId) + "/deposit", Map.of("amount", new BigDecimal("100.50")));
        assertThat(deposit.status()).isEqualTo(200);
        assertThat(deposit.body().get("balance").decimalValue()).isEqualByComparingTo("100.50");

        ShopClient.Reply withdrawal = shop.post(account(userId) + "/withdraw", Map.of("amount", new BigDecimal("30.25")));
        assertThat(withdrawal.status()).isEqualTo(200);
        assertThat(withdrawal.body().get("balance").decimalValue()).isEqualByComparingTo("70.25");
        assertThat(customers.balanceOf(userId)).isEqualByComparingTo("70.25");

        ShopClient.Reply ledger = shop.get(account(userId) + "/transactions");
        assertThat(ledger.status()).isEqualTo(200);
        assertThat(ledger.body()).hasSize(2);
        JsonNode newest = ledger.body().get(0);
        assertThat(newest.get("type").asString()).isEqualTo("WITHDRAWAL");
        assertThat(newest.get("amount").decimalValue()).isEqualByComparingTo("30.25");
        assertThat(newest.get("balance").decimalValue()).isEqualByComparingTo("70.25");
        JsonNode oldest = ledger.body().get(1);
        assertThat(oldest.get("type").asString()).isEqualTo("DEPOSIT");
        assertThat(oldest.get("amount").decimalValue()).isEqualByComparingTo("100.50");
    }

    @Test
    void aWithdrawalBeyondTheBalanceIsAConflictAndTakesNothing() {
        UUID userId = customers.registerWithBalance("10.00");

        ShopClient.Reply refused = shop.post(account(userId) + "/withdraw", Map.of("amount", new BigDecimal("10.01")));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.body().get("reason").asString()).isEqualTo("INSUFFICIENT_FUNDS");
        assertThat(customers.balanceOf(userId)).isEqualByComparingTo("10.00");
        assertThat(shop.get(account(userId) + "/transactions").body()).hasSize(1);
    }

    @Test
    void aTakenUsernameOrEmailIsAConflict() {
        String username = Customers.uniqueName();
        assertThat(shop.post("/users", Customers.registration(username)).status()).isEqualTo(201);

        Map<String, Object> sameName = new java.util.HashMap<>(Customers.registration(username.toUpperCase()));
        sameName.put("email", Customers.uniqueName() + "@example.org");
        ShopClient.Reply nameTaken = shop.post("/users", sameName);
        assertThat(nameTaken.status()).isEqualTo(409);
        assertThat(nameTaken.body().get("reason").asString()).isEqualTo("USERNAME_TAKEN");

        Map<String, Object> sameEmail = new java.util.HashMap<>(Customers.registration(Customers.uniqueName()));
        sameEmail.put("email", username + "@example.org");
        ShopClient.Reply emailTaken = shop.post("/users", sameEmail);
        assertThat(emailTaken.status()).isEqualTo(409);
        assertThat(emailTaken.body().get("reason").asString()).isEqualTo("EMAIL_TAKEN");
    }

    @Test
    void theSameIdempotencyKeyDepositsOnceAndAnswersTheSame() {
        UUID userId = customers.registerWithAccount();
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

        ShopClient.Reply first = shop.post(account(userId) + "/deposit", Map.of("amount", 25), key);
        ShopClient.Reply other = shop.post(account(userId) + "/deposit", Map.of("amount", 5));
        ShopClient.Reply retry = shop.post(account(userId) + "/deposit", Map.of("amount", 25), key);

        assertThat(first.status()).isEqualTo(200);
        assertThat(other.status()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(customers.balanceOf(userId)).isEqualByComparingTo("30.00");
        assertThat(shop.get(account(userId) + "/transactions").body()).hasSize(2);
    }

    @Test
    void theSameIdempotencyKeyWithdrawsOnce() {
        UUID userId = customers.registerWithBalance("50.00");
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

        ShopClient.Reply first = shop.post(account(userId) + "/withdraw", Map.of("amount", 40), key);
        ShopClient.Reply retry = shop.post(account(userId) + "/withdraw", Map.of("amount", 40), key);

        assertThat(first.status()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(customers.balanceOf(userId)).isEqualByComparingTo("10.00");
    }

    @Test
    void aKeyReusedForAnotherAmountIsRefused() {
        UUID userId = customers.registerWithBalance("50.00");
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        shop.post(account(userId) + "/withdraw", Map.of("amount", 10), key);

        ShopClient.Reply reused = shop.post(account(userId) + "/withdraw", Map.of("amount", 20), key);

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.isProblem()).isTrue();
        assertThat(customers.balanceOf(userId)).isEqualByComparingTo("40.00");
    }

    @Test
    void unknownUsersAndAccountsAreNotFound() {
        UUID nobody = UUID.randomUUID();
        for (ShopClient.Reply reply : new ShopClient.Reply[] {
                shop.get("/users/" + nobody),
                shop.get(account(nobody)),
                shop.get(account(nobody) + "/transactions"),
                shop.post(account(nobody) + "/deposit", Map.of("amount", 1)),
                shop.post(account(nobody) + "/withdraw", Map.of("amount", 1))}) {
            assertThat(reply.status()).as("%s", reply).isEqualTo(404);
            assertThat(reply.isProblem()).as("%s", reply).isTrue();
        }
    }
}
