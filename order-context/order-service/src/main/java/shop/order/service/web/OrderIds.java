package shop.order.service.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** With an Idempotency-Key, the order's id follows from the user and the key, so a retry reaches the same order. */
final class OrderIds {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private OrderIds() {
    }

    static UUID of(UUID userId, String idempotencyKey) {
        return idempotencyKey == null
                ? UUID.randomUUID()
                : UUID.nameUUIDFromBytes(("order:" + userId + ":" + idempotencyKey).getBytes(StandardCharsets.UTF_8));
    }
}
