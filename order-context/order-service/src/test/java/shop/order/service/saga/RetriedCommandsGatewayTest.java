package shop.order.service.saga;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.junit.jupiter.api.Test;
import shop.notification.api.NotificationRejection;
import shop.order.api.ApproveOrder;
import shop.order.api.OrderRejection;

class RetriedCommandsGatewayTest {

    private final SimpleCommandBus bus = SimpleCommandBus.builder().build();
    private final RetriedCommands commands = new RetriedCommandsGateway().retriedCommands(bus);
    private final AtomicInteger attempts = new AtomicInteger();

    @Test
    void aFailureThatPassesIsTriedAgainUntilTheCommandGoesThrough() throws Exception {
        failingTwiceWith(NotificationRejection.UNKNOWN_RECIPIENT);

        commands.send(new ApproveOrder(UUID.randomUUID())).get(10, TimeUnit.SECONDS);

        assertThat(attempts).hasValue(3);
    }

    @Test
    void anOrderDecidedTheOtherWayIsAnAnswerNotTriedAgain() {
        failingTwiceWith(OrderRejection.ORDER_DECIDED);

        assertThatThrownBy(() -> commands.send(new ApproveOrder(UUID.randomUUID())).get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .satisfies(failure -> assertThat(RetriedCommandsGateway.decidedOtherwise(failure)).isTrue());
        assertThat(attempts).hasValue(1);
    }

    private void failingTwiceWith(Object details) {
        bus.subscribe(ApproveOrder.class.getName(), command -> {
            if (attempts.incrementAndGet() <= 2) {
                throw new CommandExecutionException("refused", null, details);
            }
            return null;
        });
    }
}
