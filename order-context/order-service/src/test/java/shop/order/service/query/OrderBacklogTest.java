package shop.order.service.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import shop.order.service.OrderTimings;

class OrderBacklogTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void noOrderPendingIsNoWait() {
        assertThat(new OrderBacklog.Reading(0L, null, 500L).expectedWait(NOW, 0)).isZero();
        assertThat(new OrderBacklog.Reading(null, null, null).expectedWait(NOW, 0)).isZero();
    }

    @Test
    void aShopThatDecidesNothingWaitsAsLongAsItsOldestOrder() {
        assertThat(new OrderBacklog.Reading(3L, NOW.minusSeconds(20), 0L).expectedWait(NOW, 0))
                .isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void aBurstIsABacklogBeforeItsFirstOrderIsLate() {
        // 150 orders placed in the last second, at the 24 a second that the shop decided lately
        assertThat(new OrderBacklog.Reading(150L, NOW.minusSeconds(1), 240L).expectedWait(NOW, 0))
                .isEqualTo(Duration.ofMillis(6_250));
    }

    @Test
    void anOrderPendingForOverTwiceThePaymentTimeoutIsNoBacklog() {
        BacklogReader summaries = mock(BacklogReader.class);
        when(summaries.read(any(), any())).thenReturn(new OrderBacklog.Reading(0L, null, 0L));
        Instant before = Instant.now();

        new OrderBacklog(summaries, new OrderTimings(Duration.ofSeconds(3), Duration.ofSeconds(30),
                Duration.ofSeconds(10))).expectedWait();

        ArgumentCaptor<Instant> placedSince = ArgumentCaptor.forClass(Instant.class);
        verify(summaries).read(placedSince.capture(), any());
        assertThat(placedSince.getValue()).isBetween(before.minusSeconds(60), Instant.now().minusSeconds(60));
    }

    @Test
    void ordersLetInCountAsWaitingUntilTheyArePlaced() {
        BacklogReader summaries = mock(BacklogReader.class);
        // the read model sees 20 orders pending, decided at 25 a second lately
        when(summaries.read(any(), any())).thenReturn(new OrderBacklog.Reading(20L, Instant.now(), 250L));
        OrderBacklog backlog = new OrderBacklog(summaries, new OrderTimings(Duration.ofSeconds(3),
                Duration.ofSeconds(30), Duration.ofSeconds(5)));
        assertThat(backlog.expectedWait()).isEqualTo(Duration.ofMillis(800));

        List<OrderBacklog.Admission> letIn = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            letIn.add(backlog.admit());
        }
        assertThat(backlog.expectedWait()).isEqualTo(Duration.ofSeconds(2));

        letIn.forEach(OrderBacklog.Admission::close);
        letIn.getFirst().close();
        assertThat(backlog.expectedWait()).isEqualTo(Duration.ofMillis(800));
    }

    @Test
    void aBurstOnAnIdleShopIsTakenAtTheSlowestPaceAssumed() {
        assertThat(new OrderBacklog.Reading(100L, NOW.minusMillis(300), 0L).expectedWait(NOW, 0))
                .isEqualTo(Duration.ofSeconds(5));
    }
}
