package shop.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import shop.contract.Customers;
import shop.contract.Journeys;
import shop.contract.ShopClient;
import shop.contract.TestedShop;
import shop.contract.TheShop;

/** The journeys are a projection of the events: read them all again, and no journey changes. */
@ExtendWith(TheShop.class)
class JourneyReplayTest {

    @Test
    void aReplayOfEveryEventAddsNoStep(TestedShop tested) {
        ShopClient shop = new ShopClient(tested.baseUrl());
        Journeys journeys = new Journeys(shop);
        UUID userId = new Customers(shop).registerWithBalance("100.00");
        String orderId = journeys.placed(userId, "25.00", "APPROVED");
        List<String> before = Journeys.stepsOf(journeys.withItsEmail(orderId));

        StreamingEventProcessor processor = ((LocalTestedShop) tested).context().getBean(EventProcessingConfiguration.class)
                .eventProcessor("order-journeys", StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        await().atMost(Duration.ofSeconds(120)).until(() -> !processor.isReplaying());

        assertThat(Journeys.stepsOf(journeys.of(orderId))).isEqualTo(before);
    }
}
