package shop.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static shop.contract.Customers.account;

import java.time.Duration;
import java.util.UUID;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import java.util.List;
import shop.contract.Customers;
import shop.contract.Journeys;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import shop.billing.api.RequestPayment;
import tools.jackson.databind.JsonNode;

/** Billing that answers after the order's deadline: the order is rejected, and the money comes back. */
@TestPropertySource(properties = "shop.orders.payment-timeout=1s")
@Import(LatePaymentTest.SlowBilling.class)
@SpringBootTest(classes = LocalShop.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LatePaymentTest extends ShopOverHttp {

    @Test
    void anOrderPaidAfterItsDeadlineIsRejectedAndTheMoneyGivenBack() {
        UUID userId = customers.registerWithBalance("100.00");

        JsonNode order = customers.placeOrder(userId, "30.00").body();

        assertThat(order.get("status").asString()).isEqualTo("REJECTED");
        assertThat(order.get("reason").asString()).isEqualTo("PAYMENT_TIMEOUT");
        JsonNode ledger = await().atMost(Duration.ofSeconds(60))
                .until(() -> shop.get(account(userId) + "/transactions").body(), entries -> entries.size() == 3);
        assertThat(ledger.findValuesAsString("type")).containsExactly("REFUND", "ORDER_PAYMENT", "DEPOSIT");
        assertThat(customers.balanceOf(userId)).isEqualByComparingTo("100.00");
        JsonNode emails = customers.awaitEmails(userId, 1);
        assertThat(emails.get(0).get("kind").asString()).isEqualTo("ORDER_REJECTED");

        // the journey tells it too: rejected at the deadline, paid late, and the money given back
        List<String> steps = Journeys.stepsOf(await().atMost(Duration.ofSeconds(60))
                .until(() -> new Journeys(shop).of(order.get("id").asString()),
                        journey -> Journeys.stepsOf(journey).contains("ACCOUNT_REFUNDED in billing")));
        assertThat(steps).containsSubsequence("PLACED in order", "REJECTED in order", "PAYMENT_REQUESTED in billing",
                        "ACCOUNT_CHARGED in billing", "PAYMENT_COMPLETED in billing", "PAYMENT_REFUNDED in billing",
                        "ACCOUNT_REFUNDED in billing")
                .contains("EMAIL_SENT in notification")
                .doesNotContain("APPROVED in order");
    }

    @TestConfiguration
    static class SlowBilling {

        /** Billing takes the payment, but only after the order's deadline has passed. */
        @Bean
        MessageHandlerInterceptor<CommandMessage<?>> chargesAfterTheDeadline() {
            return (unitOfWork, chain) -> {
                if (unitOfWork.getMessage().getPayload() instanceof RequestPayment) {
                    Thread.sleep(Duration.ofSeconds(4));
                }
                return chain.proceed();
            };
        }
    }
}
