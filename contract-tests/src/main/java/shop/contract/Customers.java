package shop.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** Customers as the tests need them: registered, with an open account, with money on it. */
public final class Customers {

    private final ShopClient shop;

    public Customers(ShopClient shop) {
        this.shop = shop;
    }

    public static Map<String, Object> registration(String username) {
        return Map.of("username", username, "email", username + "@example.org", "firstName", "Ada",
                "lastName", "Lovelace", "phone", "+44 20 7946 0000");
    }

    public static String uniqueName() {
        return "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    public UUID registerWithAccount() {
        ShopClient.Reply registered = shop.post("/users", registration(uniqueName()));
        assertThat(registered.status()).as("%s", registered).isEqualTo(201);
        UUID userId = UUID.fromString(registered.body().get("id").asString());
        awaitAccount(userId);
        return userId;
    }

    public UUID registerWithBalance(String amount) {
        UUID userId = registerWithAccount();
        ShopClient.Reply deposit = shop.post(account(userId) + "/deposit", Map.of("amount", new BigDecimal(amount)));
        assertThat(deposit.status()).as("%s", deposit).isEqualTo(200);
        return userId;
    }

    public ShopClient.Reply awaitAccount(UUID userId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> shop.get(account(userId)),
                reply -> reply.status() == 200);
    }

    public BigDecimal balanceOf(UUID userId) {
        ShopClient.Reply account = shop.get(account(userId));
        assertThat(account.status()).as("%s", account).isEqualTo(200);
        return account.body().get("balance").decimalValue();
    }

    /** Places an order and follows it to its outcome, if POST /orders answered before the outcome was known. */
    public ShopClient.Reply placeOrder(UUID userId, String price, Map<String, String> headers) {
        ShopClient.Reply placed = shop.post("/orders", Map.of("userId", userId, "price", new BigDecimal(price)), headers);
        assertThat(placed.status()).as("%s", placed).isIn(201, 202);
        if (placed.status() == 201) {
            return placed;
        }
        String orderPath = "/orders/" + placed.body().get("id").asString();
        return await().atMost(Duration.ofSeconds(60)).until(() -> shop.get(orderPath),
                reply -> !"PENDING".equals(reply.body().get("status").asString()));
    }

    public ShopClient.Reply placeOrder(UUID userId, String price) {
        return placeOrder(userId, price, Map.of());
    }

    /** The emails of a user, once there are as many as expected (never more, checked after). */
    public tools.jackson.databind.JsonNode awaitEmails(UUID userId, int count) {
        ShopClient.Reply emails = await().atMost(Duration.ofSeconds(60))
                .until(() -> shop.get("/notifications?userId=" + userId), reply -> reply.body().size() >= count);
        assertThat(emails.body()).hasSize(count);
        return emails.body();
    }

    public static String account(UUID userId) {
        return "/billing/accounts/" + userId;
    }
}
