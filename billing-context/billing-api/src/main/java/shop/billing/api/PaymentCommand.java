package shop.billing.api;

import java.util.UUID;

/**
 * A command to the payment of one order. There is at most one payment per order, and its own aggregate
 * identifier keeps its events apart from the order's.
 */
public sealed interface PaymentCommand permits RequestPayment, RefundPayment {

    UUID orderId();

    static String paymentIdOf(UUID orderId) {
        return "payment-" + orderId;
    }
}
