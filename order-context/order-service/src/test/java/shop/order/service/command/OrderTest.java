package shop.order.service.command;

import java.math.BigDecimal;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shop.order.api.ApproveOrder;
import shop.order.api.OrderApproved;
import shop.order.api.OrderPlaced;
import shop.order.api.OrderRejected;
import shop.order.api.OrderRejection;
import shop.order.api.PlaceOrder;
import shop.order.api.RejectOrder;
import shop.order.api.RejectionReason;

class OrderTest {

    private final UUID orderId = UUID.randomUUID();
    private final UUID userId = UUID.randomUUID();
    private final BigDecimal price = new BigDecimal("19.90");
    private final OrderPlaced placed = new OrderPlaced(orderId, userId, price);
    private FixtureConfiguration<Order> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Order.class);
    }

    @Test
    void anOrderIsPlacedPending() {
        fixture.givenNoPriorActivity()
                .when(new PlaceOrder(orderId, userId, new BigDecimal("19.9")))
                .expectEvents(placed)
                .expectResultMessagePayload(true);
    }

    @Test
    void theSameOrderPlacedAgainStaysOneOrder() {
        fixture.given(placed)
                .when(new PlaceOrder(orderId, userId, price))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(false)
                .expectNoEvents();
    }

    @Test
    void anotherOrderUnderTheSameIdIsRefused() {
        fixture.given(placed)
                .when(new PlaceOrder(orderId, userId, new BigDecimal("20.00")))
                .expectExceptionDetails(OrderRejection.ORDER_ID_REUSED)
                .expectNoEvents();
        fixture.given(placed)
                .when(new PlaceOrder(orderId, UUID.randomUUID(), price))
                .expectExceptionDetails(OrderRejection.ORDER_ID_REUSED)
                .expectNoEvents();
    }

    @Test
    void aPriceIsPositiveInCentsAndAtMostABillion() {
        for (String bad : new String[] {"0", "-1", "0.001", "1000000000.01"}) {
            fixture.givenNoPriorActivity()
                    .when(new PlaceOrder(orderId, userId, new BigDecimal(bad)))
                    .expectExceptionDetails(OrderRejection.INVALID_PRICE)
                    .expectNoEvents();
        }
    }

    @Test
    void aPendingOrderIsApprovedOrRejectedOnce() {
        fixture.given(placed)
                .when(new ApproveOrder(orderId))
                .expectEvents(new OrderApproved(orderId, userId, price));
        fixture.given(placed)
                .when(new RejectOrder(orderId, RejectionReason.INSUFFICIENT_FUNDS))
                .expectEvents(new OrderRejected(orderId, userId, price, RejectionReason.INSUFFICIENT_FUNDS));
        fixture.given(placed, new OrderApproved(orderId, userId, price))
                .when(new ApproveOrder(orderId))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aDecidedOrderCannotBeDecidedTheOtherWay() {
        fixture.given(placed, new OrderApproved(orderId, userId, price))
                .when(new RejectOrder(orderId, RejectionReason.PAYMENT_TIMEOUT))
                .expectExceptionDetails(OrderRejection.ORDER_DECIDED)
                .expectNoEvents();
        fixture.given(placed, new OrderRejected(orderId, userId, price, RejectionReason.PAYMENT_TIMEOUT))
                .when(new ApproveOrder(orderId))
                .expectExceptionDetails(OrderRejection.ORDER_DECIDED)
                .expectNoEvents();
    }
}
