package shop.order.service.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrderBacklogTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void noOrderPendingIsNoWait() {
        assertThat(new OrderBacklog.Reading(0L, null, 500L).expectedWait(NOW)).isZero();
        assertThat(new OrderBacklog.Reading(null, null, null).expectedWait(NOW)).isZero();
    }

    @Test
    void aShopThatDecidesNothingWaitsAsLongAsItsOldestOrder() {
        assertThat(new OrderBacklog.Reading(3L, NOW.minusSeconds(20), 0L).expectedWait(NOW))
                .isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void aBurstIsABacklogBeforeItsFirstOrderIsLate() {
        // 150 orders placed in the last second, at the 12 a second that the shop decided lately
        assertThat(new OrderBacklog.Reading(150L, NOW.minusSeconds(1), 120L).expectedWait(NOW))
                .isEqualTo(Duration.ofMillis(12_500));
    }

    @Test
    void aBurstOnAnIdleShopIsTakenAtTheSlowestPaceAssumed() {
        assertThat(new OrderBacklog.Reading(50L, NOW.minusMillis(300), 0L).expectedWait(NOW))
                .isEqualTo(Duration.ofSeconds(5));
    }
}
