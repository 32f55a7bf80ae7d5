package shop.order.service.journey;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import shop.billing.api.AccountCharged;
import shop.billing.api.AccountRefunded;
import shop.billing.api.PaymentCompleted;
import shop.billing.api.PaymentDeclined;
import shop.billing.api.PaymentRefunded;
import shop.billing.api.PaymentRequested;
import shop.notification.api.EmailSent;
import shop.order.api.FindOrderJourney;
import shop.order.api.JourneyStep;
import shop.order.api.JourneyStepKind;
import shop.order.api.OrderApproved;
import shop.order.api.OrderJourney;
import shop.order.api.OrderPlaced;
import shop.order.api.OrderRejected;
import shop.order.api.RejectionReason;

/**
 * The journey of every order, from the events of the order, billing and notification contexts: one step per event,
 * at the event's time, in the context whose api published it.
 */
@Component
@ProcessingGroup(OrderJourneyProjection.PROCESSING_GROUP)
class OrderJourneyProjection {

    static final String PROCESSING_GROUP = "order-journeys";

    /**
     * By time; steps of the same millisecond in the order of the flow. Not by arrival: a replay, or a gap in the
     * stream filled late, may bring an event later than it happened.
     */
    private static final Comparator<JourneyStep> IN_ORDER = Comparator.comparing(JourneyStep::at)
            .thenComparing(JourneyStep::step);

    private final JourneySteps steps;
    private final JourneyStepRepository stored;

    OrderJourneyProjection(JourneySteps steps, JourneyStepRepository stored) {
        this.steps = steps;
        this.stored = stored;
    }

    @EventHandler
    void on(OrderPlaced event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        step(eventId, event, event.orderId(), JourneyStepKind.PLACED, at, event.price(), null,
                "An order for " + event.price() + ".");
    }

    @EventHandler
    void on(PaymentRequested event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        step(eventId, event, event.orderId(), JourneyStepKind.PAYMENT_REQUESTED, at, event.amount(), null,
                "Billing is asked for " + event.amount() + ".");
    }

    @EventHandler
    void on(AccountCharged event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        step(eventId, event, event.orderId(), JourneyStepKind.ACCOUNT_CHARGED, at, event.amount(), null,
                event.amount() + " taken from the account; its balance is " + event.balance() + ".");
    }

    @EventHandler
    void on(PaymentDeclined event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        step(eventId, event, event.orderId(), JourneyStepKind.PAYMENT_DECLINED, at, event.amount(),
                event.reason().name(), switch (event.reason()) {
                    case INSUFFICIENT_FUNDS -> "The balance does not cover " + event.amount() + "; nothing was taken.";
                    case NO_ACCOUNT -> "The user has no account; nothing was taken.";
                });
    }

    @EventHandler
    void on(PaymentCompleted event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        step(eventId, event, event.orderId(), JourneyStepKind.PAYMENT_COMPLETED, at, event.amount(), null,
                event.amount() + " paid.");
    }

    @EventHandler
    void on(OrderApproved event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        step(eventId, event, event.orderId(), JourneyStepKind.APPROVED, at, event.price(), null,
                "The order is paid.");
    }

    @EventHandler
    void on(OrderRejected event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        step(eventId, event, event.orderId(), JourneyStepKind.REJECTED, at, event.price(), event.reason().name(),
                event.reason() == RejectionReason.PAYMENT_TIMEOUT
                        ? "The payment deadline passed before billing answered."
                        : "The order is not paid.");
    }

    @EventHandler
    void on(PaymentRefunded event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        step(eventId, event, event.orderId(), JourneyStepKind.PAYMENT_REFUNDED, at, event.amount(), null,
                "The payment came after the deadline: " + event.amount() + " is given back.");
    }

    @EventHandler
    void on(AccountRefunded event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        step(eventId, event, event.orderId(), JourneyStepKind.ACCOUNT_REFUNDED, at, event.amount(), null,
                event.amount() + " back on the account; its balance is " + event.balance() + ".");
    }

    @EventHandler
    void on(EmailSent event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        if (event.orderId() == null) {
            return; // a message sent through POST /notifications, about no order
        }
        step(eventId, event, event.orderId(), JourneyStepKind.EMAIL_SENT, at, null, null,
                "\u201c" + event.subject() + "\u201d to " + event.email() + ".");
    }

    /** Seen before means done before: the event comes again after a crash, a retry or a replay. */
    private void step(String eventId, Object event, UUID orderId, JourneyStepKind kind, Instant at, BigDecimal amount,
            String reason, String detail) {
        steps.record(new JourneySteps.Step(eventId, orderId, kind.name(), contextOf(event), at, amount, reason,
                detail));
    }

    /** {@code shop.billing.api.AccountCharged} happened in billing: each context publishes from its own api. */
    static String contextOf(Object event) {
        return event.getClass().getPackageName().split("\\.")[1];
    }

    /** {@code null} while the order has no step: an unknown order, or one whose first event is on its way. */
    @QueryHandler
    OrderJourney handle(FindOrderJourney query) {
        List<JourneyStep> found = stored.findByOrderId(query.orderId()).stream()
                .map(JourneyStepEntry::toStep)
                .sorted(IN_ORDER)
                .toList();
        return found.isEmpty() ? null : new OrderJourney(query.orderId(), found);
    }
}
