package shop.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReadYourWritesProjectionTest {

    private Configuration axon;

    @AfterEach
    void shutDown() {
        if (axon != null) {
            axon.shutdown();
        }
    }

    @Test
    void withTheEventsStoredApart_theSameEventReachesTheProjectionOnceAtOnceAndOnceFromTheStream() {
        Shelf asItHappens = new Shelf();
        Shelf fromTheStream = new Shelf();
        axon = start(asItHappens, true, fromTheStream);

        axon.eventGateway().publish(new BookShelved("Dune"));

        assertThat(asItHappens.books).containsExactly("Dune");
        await().untilAsserted(() -> assertThat(fromTheStream.books).containsExactly("Dune"));
        assertThat(asItHappens.books).containsExactly("Dune");
        assertThat(axon.eventProcessingConfiguration().eventProcessor(Shelf.GROUP))
                .containsInstanceOf(SubscribingEventProcessor.class);
        assertThat(axon.eventProcessingConfiguration().eventProcessor(Shelf.GROUP + "-catch-up"))
                .containsInstanceOf(TrackingEventProcessor.class);
    }

    @Test
    void withTheEventsInTheProjectionsDatabase_oneCommitHoldsBoth_andNothingFollowsTheStream() {
        Shelf asItHappens = new Shelf();
        Shelf never = new Shelf();
        axon = start(asItHappens, false, never);

        axon.eventGateway().publish(new BookShelved("Dune"));

        assertThat(asItHappens.books).containsExactly("Dune");
        assertThat(axon.eventProcessingConfiguration().eventProcessor(Shelf.GROUP + "-catch-up")).isEmpty();
        assertThat(never.books).isEmpty();
    }

    private static Configuration start(Shelf bean, boolean eventsStoredApart, Shelf catchUp) {
        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine());
        configurer.eventProcessing().registerEventHandler(c -> bean);
        new ReadYourWritesProjection(eventsStoredApart).of(Shelf.GROUP, c -> catchUp).configureModule(configurer);
        return configurer.start();
    }

    record BookShelved(String title) {
    }

    @ProcessingGroup(Shelf.GROUP)
    static class Shelf {

        static final String GROUP = "shelf";

        final List<String> books = new CopyOnWriteArrayList<>();

        @EventHandler
        void on(BookShelved event) {
            books.add(event.title());
        }
    }
}
