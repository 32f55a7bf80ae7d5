package shop.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import shop.billing.api.RequestPayment;
import shop.contract.ShopClient;

/**
 * A shop that has fallen behind refuses new orders at the door, with a 429 that says when to come back, instead of
 * taking them and rejecting them at their deadline; a little behind, it takes them and answers at once with a 202 that
 * says when to poll. What it has taken already it still answers, and it takes orders
 * again once it has caught up.
 */
@TestPropertySource(properties = {"shop.orders.backlog-limit=6s", "shop.orders.outcome-wait=3s"})
@Import(BusyShopTest.HeldBilling.class)
@SpringBootTest(classes = LocalShop.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BusyShopTest extends ShopOverHttp {

    private static final CountDownLatch BILLING_RELEASED = new CountDownLatch(1);

    @Test
    void newOrdersAreRefusedWhileTheOldestWaitsTooLongAndTakenAgainOnceItIsDecided() {
        UUID userId = customers.registerWithBalance("100.00");
        ShopClient.Reply first = placeOrder(userId, "first", "30.00");
        assertThat(first.status()).as("%s", first).isEqualTo(202);
        assertThat(first.header("Retry-After")).as("when to poll").isPresent();
        Instant placedAt = Instant.parse(first.body().get("placedAt").asString());

        // once the first has waited longer than the outcome wait, a new order is taken but answered at once: it would
        // wait in vain, holding a thread the requests behind it need
        await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(placedAt.plusMillis(3_300)));
        long sentAt = System.nanoTime();
        ShopClient.Reply behind = placeOrder(userId, "behind", "10.00");
        assertThat(Duration.ofNanos(System.nanoTime() - sentAt)).as("not held for the outcome wait")
                .isLessThan(Duration.ofSeconds(3));
        assertThat(behind.status()).as("%s", behind).isEqualTo(202);
        assertThat(behind.body().get("status").asString()).isEqualTo("PENDING");
        assertThat(Long.parseLong(behind.header("Retry-After").orElseThrow())).as("seconds until its outcome")
                .isBetween(1L, 30L);
        assertThat(behind.header("Location")).isPresent();
        ShopClient.Reply polled = shop.get("/orders/" + behind.body().get("id").asString());
        assertThat(polled.body().get("status").asString()).isEqualTo("PENDING");
        assertThat(polled.header("Retry-After")).as("a pending order polled says when to poll again").isPresent();

        // the first order is not decided while billing is held: once it has waited past the limit, the shop is behind
        await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(placedAt.plusMillis(6_200)));
        ShopClient.Reply second = placeOrder(userId, "second", "20.00");
        assertThat(second.status()).as("%s", second).isEqualTo(429);
        assertThat(second.isProblem()).isTrue();
        assertThat(second.body().get("title").asString()).isEqualTo("Too busy");
        assertThat(second.body().get("status").asInt()).isEqualTo(429);
        assertThat(second.body().get("instance").asString()).isEqualTo("/orders");
        assertThat(second.header("Retry-After")).contains("2");
        // Tomcat closes the connection after a 503: each refusal would cost its client a new one
        assertThat(second.header("Connection")).isEmpty();
        ShopClient.Reply withoutKey = shop.post("/orders", Map.of("userId", userId, "price", new BigDecimal("5.00")));
        assertThat(withoutKey.status()).as("%s", withoutKey).isEqualTo(429);
        assertThat(withoutKey.body().get("title").asString()).isEqualTo("Too busy");
        // refused means not taken: no order, no money moved
        assertThat(shop.get("/orders?userId=" + userId).body()).hasSize(2);
        assertThat(customers.balanceOf(userId)).isEqualByComparingTo("100.00");

        // an order taken already is answered as ever: its client asking again is not turned away
        ShopClient.Reply firstAgain = placeOrder(userId, "first", "30.00");
        assertThat(firstAgain.status()).as("%s", firstAgain).isEqualTo(202);
        assertThat(firstAgain.body().get("id")).isEqualTo(first.body().get("id"));

        BILLING_RELEASED.countDown();
        ShopClient.Reply decided = await().atMost(Duration.ofSeconds(30))
                .until(() -> shop.get("/orders/" + first.body().get("id").asString()),
                        reply -> "APPROVED".equals(reply.body().get("status").asString()));
        assertThat(decided.body().get("price").decimalValue()).isEqualByComparingTo("30.00");
        assertThat(decided.header("Retry-After")).as("nothing to wait for").isEmpty();
        // answered at once, an order placed behind is taken all the same
        ShopClient.Reply behindAgain = placeOrder(userId, "behind", "10.00");
        assertThat(behindAgain.body().get("id")).isEqualTo(behind.body().get("id"));

        ShopClient.Reply secondAgain = await().atMost(Duration.ofSeconds(10))
                .until(() -> placeOrder(userId, "second", "20.00"), reply -> reply.status() != 429);
        assertThat(secondAgain.status()).as("%s", secondAgain).isIn(201, 202);
        await().atMost(Duration.ofSeconds(30)).until(() -> customers.balanceOf(userId),
                balance -> balance.compareTo(new BigDecimal("40.00")) == 0);
        await().atMost(Duration.ofSeconds(30)).until(() -> shop.get("/orders/" + behind.body().get("id").asString()),
                reply -> "APPROVED".equals(reply.body().get("status").asString()));
    }

    private ShopClient.Reply placeOrder(UUID userId, String key, String price) {
        return shop.post("/orders", Map.of("userId", userId, "price", new BigDecimal(price)),
                Map.of("Idempotency-Key", key + "-" + userId));
    }

    @TestConfiguration
    static class HeldBilling {

        /** Billing takes no payment until the test lets it. */
        @Bean
        MessageHandlerInterceptor<CommandMessage<?>> chargesOnlyOnceReleased() {
            return (unitOfWork, chain) -> {
                if (unitOfWork.getMessage().getPayload() instanceof RequestPayment
                        && !BILLING_RELEASED.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("billing was never released");
                }
                return chain.proceed();
            };
        }
    }
}
