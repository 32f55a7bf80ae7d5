package shop.order.service.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;
import shop.order.api.OrderStatus;
import shop.order.api.OrderSummary;
import shop.order.api.RejectionReason;

class WaitingRequestsTest {

    private static final Duration NO_WAIT = Duration.ZERO;

    private final WaitingRequests waiting = new WaitingRequests();
    private final UUID orderId = UUID.randomUUID();

    @Test
    void aRequestHearsTheDecisionOfAnOrderPlacedAndDecidedHere() {
        try (WaitingRequests.WaitingRequest request = waiting.expect(orderId)) {
            waiting.placed(orderId);
            waiting.changed(summary(OrderStatus.PENDING));
            assertThat(request.placedHere()).isTrue();
            assertThat(request.outcome(NO_WAIT)).as("a pending order is no outcome").isNull();

            waiting.changed(summary(OrderStatus.APPROVED));

            assertThat(request.outcome(NO_WAIT)).isEqualTo(summary(OrderStatus.APPROVED));
        }
    }

    @Test
    void anOrderPlacedInAnotherJvmIsNotPlacedHere() {
        try (WaitingRequests.WaitingRequest request = waiting.expect(orderId)) {
            waiting.placed(UUID.randomUUID());

            assertThat(request.placedHere()).isFalse();
        }
    }

    @Test
    void aDecisionIsToldWhenItsTransactionCommitsAndNeverWhenItRollsBack() {
        try (WaitingRequests.WaitingRequest request = waiting.expect(orderId)) {
            UnitOfWork<?> rolledBack = DefaultUnitOfWork.startAndGet(null);
            waiting.changed(summary(OrderStatus.REJECTED));
            rolledBack.rollback();
            assertThat(request.outcome(NO_WAIT)).isNull();

            UnitOfWork<?> committed = DefaultUnitOfWork.startAndGet(null);
            waiting.changed(summary(OrderStatus.APPROVED));
            assertThat(request.outcome(NO_WAIT)).as("not before the commit").isNull();
            committed.commit();

            assertThat(request.outcome(NO_WAIT)).isEqualTo(summary(OrderStatus.APPROVED));
        }
    }

    @Test
    void requestsForTheSameOrderWaitTogetherUntilTheLastOneIsAnswered() {
        WaitingRequests.WaitingRequest first = waiting.expect(orderId);
        try (WaitingRequests.WaitingRequest again = waiting.expect(orderId)) {
            waiting.placed(orderId);
            first.close();
            first.close();

            waiting.changed(summary(OrderStatus.APPROVED));

            assertThat(again.placedHere()).isTrue();
            assertThat(again.outcome(NO_WAIT)).isEqualTo(summary(OrderStatus.APPROVED));
        }
    }

    @Test
    void nothingOfAnAnsweredRequestIsKept() {
        waiting.expect(orderId).close();
        waiting.placed(orderId);
        waiting.changed(summary(OrderStatus.APPROVED));

        try (WaitingRequests.WaitingRequest later = waiting.expect(orderId)) {
            assertThat(later.placedHere()).isFalse();
            assertThat(later.outcome(NO_WAIT)).isNull();
        }
    }

    private OrderSummary summary(OrderStatus status) {
        return new OrderSummary(orderId, new UUID(0, 1), new BigDecimal("10.00"), status,
                status == OrderStatus.REJECTED ? RejectionReason.INSUFFICIENT_FUNDS : null,
                Instant.parse("2026-12-07T09:00:00Z"), status == OrderStatus.PENDING ? null
                        : Instant.parse("2026-12-07T09:00:00.020Z"));
    }
}
