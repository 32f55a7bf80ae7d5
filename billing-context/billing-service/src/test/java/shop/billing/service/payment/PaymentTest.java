package shop.billing.service.payment;

import java.math.BigDecimal;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shop.billing.api.BillingRejection;
import shop.billing.api.ConfirmPayment;
import shop.billing.api.DeclinePayment;
import shop.billing.api.PaymentCompleted;
import shop.billing.api.PaymentDeclineReason;
import shop.billing.api.PaymentDeclined;
import shop.billing.api.PaymentRefunded;
import shop.billing.api.PaymentRequested;
import shop.billing.api.RefundPayment;
import shop.billing.api.RequestPayment;

class PaymentTest {

    private final UUID orderId = UUID.randomUUID();
    private final UUID userId = UUID.randomUUID();
    private final BigDecimal price = new BigDecimal("12.34");
    private final PaymentRequested requested = new PaymentRequested(orderId, userId, price);
    private FixtureConfiguration<Payment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Payment.class);
    }

    @Test
    void aPaymentIsRequestedForAnOrder() {
        fixture.givenNoPriorActivity()
                .when(new RequestPayment(orderId, userId, price))
                .expectEvents(requested);
    }

    @Test
    void anOrderHasAtMostOnePayment() {
        fixture.given(requested)
                .when(new RequestPayment(orderId, userId, price))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aRequestedPaymentCompletesOnce() {
        fixture.given(requested)
                .when(new ConfirmPayment(orderId))
                .expectEvents(new PaymentCompleted(orderId, userId, price));
        fixture.given(requested, new PaymentCompleted(orderId, userId, price))
                .when(new ConfirmPayment(orderId))
                .expectNoEvents();
    }

    @Test
    void aRequestedPaymentIsDeclinedWithItsReason() {
        fixture.given(requested)
                .when(new DeclinePayment(orderId, PaymentDeclineReason.NO_ACCOUNT))
                .expectEvents(new PaymentDeclined(orderId, userId, price, PaymentDeclineReason.NO_ACCOUNT));
    }

    @Test
    void aDecidedPaymentStaysDecided() {
        fixture.given(requested, new PaymentDeclined(orderId, userId, price, PaymentDeclineReason.INSUFFICIENT_FUNDS))
                .when(new ConfirmPayment(orderId))
                .expectNoEvents();
        fixture.given(requested, new PaymentCompleted(orderId, userId, price))
                .when(new DeclinePayment(orderId, PaymentDeclineReason.INSUFFICIENT_FUNDS))
                .expectNoEvents();
    }

    @Test
    void onlyACompletedPaymentIsRefundedAndOnlyOnce() {
        fixture.given(requested, new PaymentCompleted(orderId, userId, price))
                .when(new RefundPayment(orderId))
                .expectEvents(new PaymentRefunded(orderId, userId, price));
        fixture.given(requested, new PaymentCompleted(orderId, userId, price), new PaymentRefunded(orderId, userId, price))
                .when(new RefundPayment(orderId))
                .expectNoEvents();
        fixture.given(requested)
                .when(new RefundPayment(orderId))
                .expectExceptionDetails(BillingRejection.PAYMENT_NOT_COMPLETED)
                .expectNoEvents();
    }
}
