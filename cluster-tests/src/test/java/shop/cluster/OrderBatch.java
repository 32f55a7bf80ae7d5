package shop.cluster;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import shop.contract.ShopClient;

/**
 * Orders placed by clients that behave: each order has its own Idempotency-Key; a client that is not answered, or is
 * answered 429 or 5xx, tries the same key again after a pause (the server's {@code Retry-After}, or a backoff of its
 * own), and one told {@code 202} polls the order until it is decided. So every order ends with a known outcome,
 * whatever failed in between, and the books can be checked against what the clients were told.
 */
final class OrderBatch {

    private static final Duration GIVE_UP = Duration.ofMinutes(4);

    /** One order as its client knows it in the end. */
    record Outcome(UUID userId, String key, String orderId, String status, int retries) {
    }

    private final ShopClient shop;
    private final ExecutorService clients;
    private final List<Future<Outcome>> orders = new ArrayList<>();
    private final AtomicInteger answered = new AtomicInteger();

    private OrderBatch(ShopClient shop, int clients) {
        this.shop = shop;
        this.clients = Executors.newFixedThreadPool(clients);
    }

    /** Starts placing {@code perUser} orders of {@code price} for each user, from {@code clients} threads at once. */
    static OrderBatch start(ShopClient shop, List<UUID> users, int perUser, BigDecimal price, int clients) {
        OrderBatch batch = new OrderBatch(shop, clients);
        for (int i = 0; i < perUser; i++) {
            for (UUID user : users) {
                String key = UUID.randomUUID().toString();
                batch.orders.add(batch.clients.submit(() -> batch.place(user, key, price)));
            }
        }
        return batch;
    }

    /** How many orders were decided so far, as their clients were told. */
    int answered() {
        return answered.get();
    }

    /** Waits for every client's last word. */
    List<Outcome> finish() throws Exception {
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> order : orders) {
            outcomes.add(order.get());
        }
        clients.shutdown();
        return outcomes;
    }

    private Outcome place(UUID userId, String key, BigDecimal price) throws InterruptedException {
        Instant giveUp = Instant.now().plus(GIVE_UP);
        int retries = 0;
        String last = "nothing";
        while (Instant.now().isBefore(giveUp)) {
            ShopClient.Reply reply = attempt(() -> shop.post("/orders", Map.of("userId", userId, "price", price),
                    Map.of("Idempotency-Key", key)));
            if (reply != null && reply.status() == 202) {
                reply = pollUntilDecided(reply.location().replaceFirst("^https?://[^/]+", ""), giveUp);
            }
            if (reply != null && (reply.status() == 201 || reply.status() == 200)
                    && !"PENDING".equals(reply.body().get("status").asString())) {
                answered.incrementAndGet();
                return new Outcome(userId, key, reply.body().get("id").asString(),
                        reply.body().get("status").asString(), retries);
            }
            if (reply != null && reply.status() >= 400 && reply.status() < 500 && reply.status() != 429) {
                throw new IllegalStateException("order " + key + " refused: " + reply);
            }
            last = String.valueOf(reply);
            retries++;
            pause(reply, retries);
        }
        throw new IllegalStateException("order " + key + " of " + userId + " not decided in " + GIVE_UP + "; last: "
                + last);
    }

    private ShopClient.Reply pollUntilDecided(String orderPath, Instant giveUp) throws InterruptedException {
        int polls = 0;
        while (Instant.now().isBefore(giveUp)) {
            ShopClient.Reply order = attempt(() -> shop.get(orderPath));
            if (order != null && order.status() == 200 && !"PENDING".equals(order.body().get("status").asString())) {
                return order;
            }
            pause(order, ++polls);
        }
        return null;
    }

    /** The answer, or null where the connection itself failed. */
    private static ShopClient.Reply attempt(java.util.function.Supplier<ShopClient.Reply> call) {
        try {
            return call.get();
        } catch (RuntimeException unreachable) {
            return null;
        }
    }

    /** What the server asked for, else an exponential backoff from 100 ms up to 2 s. */
    private static void pause(ShopClient.Reply reply, int attempt) throws InterruptedException {
        long millis = reply == null ? -1 : reply.header("Retry-After").map(s -> Long.parseLong(s) * 1000).orElse(-1L);
        Thread.sleep(millis >= 0 ? millis : Math.min(2000, 100L << Math.min(attempt, 5)));
    }
}
