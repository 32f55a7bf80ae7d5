package shop.notification.api;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

public enum EmailKind {
    /** The happy one: the order is paid. */
    ORDER_APPROVED,
    /** The sad one: the order is not paid. */
    ORDER_REJECTED,
    /** A message sent through {@code POST /notifications}. */
    MESSAGE;

    /** The one email about an order's outcome has an id that follows from the order. */
    public static UUID orderEmailId(UUID orderId) {
        return UUID.nameUUIDFromBytes(("order-email:" + orderId).getBytes(StandardCharsets.UTF_8));
    }
}
