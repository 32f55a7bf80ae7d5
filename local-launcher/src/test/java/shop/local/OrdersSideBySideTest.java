package shop.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import shop.contract.ShopClient;
import shop.notification.api.SendOrderEmail;

/**
 * An order whose email hangs holds up no other order: the saga does not wait for the commands it sends, so its one
 * thread goes on with the other orders (a saga that waited held them all, in its one segment, until the email went).
 */
@TestPropertySource(properties = "shop.orders.outcome-wait=200ms")
@Import(OrdersSideBySideTest.HeldEmail.class)
@SpringBootTest(classes = LocalShop.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrdersSideBySideTest extends ShopOverHttp {

    private static final CountDownLatch EMAIL_RELEASED = new CountDownLatch(1);
    private static final CountDownLatch EMAIL_HELD = new CountDownLatch(1);
    private static final int OTHER_ORDERS = 10;

    @Test
    void anOrderWhoseEmailHangsDoesNotHoldUpTheOthers() throws InterruptedException {
        UUID userId = customers.registerWithBalance("100.00");
        String held = customers.placeOrder(userId, "5.00").body().get("id").asString();
        assertThat(EMAIL_HELD.await(30, TimeUnit.SECONDS)).as("the first order's email is held").isTrue();

        List<String> others = new ArrayList<>();
        for (int i = 0; i < OTHER_ORDERS; i++) {
            ShopClient.Reply placed = shop.post("/orders", Map.of("userId", userId, "price", new BigDecimal("5.00")));
            assertThat(placed.status()).as("%s", placed).isIn(201, 202);
            others.add(placed.body().get("id").asString());
        }
        // while the first order's email is held, the others are decided; within less than Axon's 30 s handler timeout,
        // which would interrupt a held step that waited and let the saga go on
        await().atMost(Duration.ofSeconds(15)).until(() -> others.stream().anyMatch(this::approved));
        assertThat(EMAIL_RELEASED.getCount()).as("the first email still held").isEqualTo(1);

        EMAIL_RELEASED.countDown();
        await().atMost(Duration.ofSeconds(30)).until(() -> others.stream().allMatch(this::approved));
        assertThat(customers.balanceOf(userId)).isEqualByComparingTo("45.00");
        assertThat(customers.awaitEmails(userId, 1 + OTHER_ORDERS).findValuesAsString("orderId"))
                .contains(held).containsAll(others);
    }

    private boolean approved(String orderId) {
        return "APPROVED".equals(shop.get("/orders/" + orderId).body().get("status").asString());
    }

    @TestConfiguration
    static class HeldEmail {

        private final AtomicBoolean first = new AtomicBoolean(true);

        /** The first email the shop sends goes out only when the test lets it. */
        @Bean
        MessageHandlerInterceptor<CommandMessage<?>> firstEmailOnlyOnceReleased() {
            return (unitOfWork, chain) -> {
                if (unitOfWork.getMessage().getPayload() instanceof SendOrderEmail && first.getAndSet(false)) {
                    EMAIL_HELD.countDown();
                    if (!EMAIL_RELEASED.await(60, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the email was never released");
                    }
                }
                return chain.proceed();
            };
        }
    }
}
