package shop.axon;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/** An aggregate for the tests of how aggregates are loaded: it counts the charges it was told of. */
class Tally {

    @AggregateIdentifier
    String id;
    int count;

    Tally() {
    }

    Tally(String id, int count) {
        this.id = id;
        this.count = count;
    }

    @EventSourcingHandler
    void on(Charged event) {
        id = event.id();
        count++;
    }

    static DomainEventMessage<Charged> charged(String id, long sequence) {
        return new GenericDomainEventMessage<>(Tally.class.getSimpleName(), id, sequence, new Charged(id));
    }

    record Charged(String id) {
    }
}
