package shop.order.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One step of an order's journey: what happened ({@code step}), in which context ({@code order}, {@code billing},
 * {@code notification}), and when. {@code amount} is the money the step is about, {@code reason} why the payment
 * was declined or the order rejected; {@code detail} says the rest in words, for people.
 */
public record JourneyStep(
        JourneyStepKind step,
        String context,
        Instant at,
        BigDecimal amount,
        String reason,
        String detail) {
}
