package shop.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HandledEventsMonitorTest {

    private Configuration axon;

    @AfterEach
    void shutDown() {
        if (axon != null) {
            axon.shutdown();
        }
    }

    @Test
    void theMonitorsOfAProcessorAreToldOfTheEventsItHandles_andOfNoOther() {
        Reports reports = new Reports();
        axon = start(reports, true);

        axon.eventGateway().publish(new BookShelved("Dune"), new LampLit(), new BookShelved("Emma"));

        assertThat(reports.ingested).containsExactly("BookShelved", "BookShelved");
        assertThat(reports.outcomes).containsExactly("success", "success");
    }

    @Test
    void withoutIt_theMonitorsAreToldOfEveryEventTheProcessorIgnores() {
        Reports reports = new Reports();
        axon = start(reports, false);

        axon.eventGateway().publish(new BookShelved("Dune"), new LampLit());

        assertThat(reports.ingested).containsExactlyInAnyOrder("BookShelved", "LampLit");
        assertThat(reports.outcomes).containsExactlyInAnyOrder("success", "ignored");
    }

    private static Configuration start(Reports reports, boolean handledEventsOnly) {
        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureMessageMonitor(SubscribingEventProcessor.class, (c, type, name) -> reports);
        configurer.eventProcessing()
                .registerSubscribingEventProcessor(Shelf.GROUP)
                .registerEventHandler(c -> new Shelf());
        if (handledEventsOnly) {
            configurer.eventProcessing().registerMessageMonitorFactory(Shelf.GROUP, HandledEventsMonitor.factory());
        }
        return configurer.start();
    }

    record BookShelved(String title) {
    }

    record LampLit() {
    }

    @ProcessingGroup(Shelf.GROUP)
    static class Shelf {

        static final String GROUP = "shelf";

        @EventHandler
        void on(BookShelved event) {
        }
    }

    /** What Axon's monitors would be told: each event ingested, then how it went. */
    static class Reports implements MessageMonitor<Message<?>> {

        final List<String> ingested = new CopyOnWriteArrayList<>();
        final List<String> outcomes = new CopyOnWriteArrayList<>();

        @Override
        public MonitorCallback onMessageIngested(Message<?> message) {
            ingested.add(message.getPayloadType().getSimpleName());
            return new MonitorCallback() {
                @Override
                public void reportSuccess() {
                    outcomes.add("success");
                }

                @Override
                public void reportFailure(Throwable cause) {
                    outcomes.add("failure");
                }

                @Override
                public void reportIgnored() {
                    outcomes.add("ignored");
                }
            };
        }
    }
}
