package shop.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** Customers as the tests need them: registered, with an open account, with money on it. */
final class Customers {

    private final ShopClient shop;

    Customers(ShopClient shop) {
        this.shop = shop;
    }

    static Map<String, Object> registration(String username) {
        return Map.of("username", username, "email", username + "@example.org", "firstName", "Ada",
                "lastName", "Lovelace", "phone", "+44 20 7946 0000");
    }

    static String uniqueName() {
        return "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    UUID registerWithAccount() {
        ShopClient.Reply registered = shop.post("/users", registration(uniqueName()));
        assertThat(registered.status()).as("%s", registered).isEqualTo(201);
        UUID userId = UUID.fromString(registered.body().get("id").asString());
        awaitAccount(userId);
        return userId;
    }

    UUID registerWithBalance(String amount) {
        UUID userId = registerWithAccount();
        ShopClient.Reply deposit = shop.post(account(userId) + "/deposit", Map.of("amount", new BigDecimal(amount)));
        assertThat(deposit.status()).as("%s", deposit).isEqualTo(200);
        return userId;
    }

    ShopClient.Reply awaitAccount(UUID userId) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> shop.get(account(userId)),
                reply -> reply.status() == 200);
    }

    BigDecimal balanceOf(UUID userId) {
        ShopClient.Reply account = shop.get(account(userId));
        assertThat(account.status()).as("%s", account).isEqualTo(200);
        return account.body().get("balance").decimalValue();
    }

    static String account(UUID userId) {
        return "/billing/accounts/" + userId;
    }
}
