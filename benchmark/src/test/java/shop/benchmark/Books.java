package shop.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the load test did, as the client saw it: the users, their deposits, every order sent and what the shop
 * answered. At the end it compares that with the shop's own books, read through the HTTP API.
 */
final class Books {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One order as the client sent it; its id follows from the user and the Idempotency-Key, as in the shop. */
    static final class Order {
        final UUID id;
        final String userId;
        final String key;
        final BigDecimal price;
        final boolean fits;
        volatile long sentAtMillis;
        volatile long latencyMillis = -1;
        volatile int httpStatus;
        /** APPROVED / REJECTED / PENDING as answered, then as polled; null when the request failed. */
        volatile String status;
        volatile String reason;
        volatile Instant placedAt;
        volatile Instant decidedAt;

        Order(String userId, BigDecimal price, boolean fits) {
            this.userId = userId;
            this.key = UUID.randomUUID().toString();
            this.id = UUID.nameUUIDFromBytes(("order:" + userId + ":" + key).getBytes(StandardCharsets.UTF_8));
            this.price = price;
            this.fits = fits;
        }
    }

    static final class User {
        final String id;
        final BigDecimal deposit;
        final List<Order> orders = new CopyOnWriteArrayList<>();

        User(String id, BigDecimal deposit) {
            this.id = id;
            this.deposit = deposit;
        }
    }

    static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    static final AtomicInteger REGISTERED = new AtomicInteger();
    static final List<User> USERS = new CopyOnWriteArrayList<>();
    static final Map<String, User> USERS_BY_ID = new ConcurrentHashMap<>();
    static final Map<UUID, Order> ORDERS = new ConcurrentHashMap<>();
    private static final AtomicLong NEXT_USER = new AtomicLong();
    private static final Queue<Order> PENDING = new ConcurrentLinkedQueue<>();
    private static final Queue<User> TO_CHECK = new ConcurrentLinkedQueue<>();
    private static final AtomicBoolean CHECKING = new AtomicBoolean();
    /** Problems by what they are about (a check may be evaluated more than once: count each thing once). */
    static final Map<String, String> PROBLEMS = new ConcurrentHashMap<>();
    static final Set<String> USERS_CHECKED = ConcurrentHashMap.newKeySet();
    static final Set<String> USERS_IN_ORDER = ConcurrentHashMap.newKeySet();
    private static final Queue<long[]> REGISTRATIONS = new ConcurrentLinkedQueue<>();

    private Books() {
    }

    /** A registration that got its account: how long {@code POST /users} took, and how much later it saw it open. */
    static void registered(long registrationMillis, long accountSeenOpenAfterMillis) {
        REGISTRATIONS.add(new long[] {registrationMillis, accountSeenOpenAfterMillis});
    }

    static void userReady(String userId, BigDecimal deposit) {
        User user = new User(userId, deposit);
        USERS_BY_ID.put(userId, user);
        USERS.add(user);
    }

    /** The next order of the load: the users in turn, a share of them too dear for the user's balance. */
    static Order nextOrder(double rejectShare, BigDecimal deposit) {
        if (USERS.isEmpty()) {
            throw new IllegalStateException("No user is ready: the registration phase failed");
        }
        User user = USERS.get((int) (NEXT_USER.getAndIncrement() % USERS.size()));
        ThreadLocalRandom random = ThreadLocalRandom.current();
        boolean fits = random.nextDouble() >= rejectShare;
        // a fitting order costs 1.00 to 10.00; one that does not fit costs ten times the deposit
        BigDecimal price = fits
                ? BigDecimal.valueOf(random.nextInt(100, 1001), 2)
                : deposit.multiply(BigDecimal.TEN);
        Order order = new Order(user.id, price, fits);
        ORDERS.put(order.id, order);
        user.orders.add(order);
        return order;
    }

    static void answered(UUID orderId, long sentAtMillis, long latencyMillis, int httpStatus, String status) {
        Order order = ORDERS.get(orderId);
        order.sentAtMillis = sentAtMillis;
        order.latencyMillis = latencyMillis;
        order.httpStatus = httpStatus;
        order.status = status;
        if (!"APPROVED".equals(status) && !"REJECTED".equals(status)) {
            // 202 PENDING, or no answer at all (the order may or may not exist): poll it
            PENDING.add(order);
        }
    }

    static String takePending() {
        Order order = PENDING.poll();
        return order == null ? "" : order.id.toString();
    }

    static void polled(String orderId, int httpStatus, String status) {
        Order order = ORDERS.get(UUID.fromString(orderId));
        if (httpStatus == 200) {
            order.status = status;
        }
    }

    static void startChecking() {
        if (CHECKING.compareAndSet(false, true)) {
            TO_CHECK.addAll(USERS);
        }
    }

    static String takeUserToCheck() {
        User user = TO_CHECK.poll();
        return user == null ? "" : user.id;
    }

    /**
     * Whether the shop has decided every order of the user that it lists. An order whose request got no answer may
     * be placed after its client gave up on it (the request waited in the server's queue past the client's timeout,
     * and a poll before then found nothing): such an order is learnt here, and waited for like the others.
     */
    static boolean ordersSettled(String userId, String ordersBody) {
        User user = USERS_BY_ID.get(userId);
        boolean settled = true;
        for (JsonNode listed : parse(ordersBody)) {
            String status = listed.path("status").asText();
            if (!"APPROVED".equals(status) && !"REJECTED".equals(status)) {
                settled = false;
                continue;
            }
            Order order = ORDERS.get(UUID.fromString(listed.path("id").asText()));
            if (order != null && user.orders.contains(order) && order.status == null) {
                order.status = status;
            }
        }
        return settled;
    }

    /** Whether every order of the user that the shop knows has its one email by now (emails come last). */
    static boolean emailsSettled(String userId, String notificationsBody) {
        User user = USERS_BY_ID.get(userId);
        Set<String> mailed = new HashSet<>();
        for (JsonNode email : parse(notificationsBody)) {
            mailed.add(email.path("orderId").asText());
        }
        for (Order order : user.orders) {
            boolean known = order.status != null || order.httpStatus == 201 || order.httpStatus == 202;
            if (known && !mailed.contains(order.id.toString())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The user's orders as the shop lists them: every order that the shop accepted is there, none is still
     * PENDING, each answered outcome stands, and a fitting order was approved, a too dear one rejected.
     */
    static String checkOrders(String userId, String body) {
        User user = USERS_BY_ID.get(userId);
        Map<String, JsonNode> listed = new HashMap<>();
        for (JsonNode order : parse(body)) {
            listed.put(order.path("id").asText(), order);
        }
        List<String> problems = new ArrayList<>();
        for (Order order : user.orders) {
            JsonNode shop = listed.remove(order.id.toString());
            if (shop == null) {
                if (order.httpStatus == 201 || order.httpStatus == 202) {
                    problems.add("order " + order.id + " (answered " + order.httpStatus + ") is not listed");
                }
                continue;
            }
            String status = shop.path("status").asText();
            order.placedAt = instant(shop.path("placedAt"));
            order.decidedAt = instant(shop.path("decidedAt"));
            order.reason = shop.path("reason").isNull() ? null : shop.path("reason").asText();
            if (!"APPROVED".equals(status) && !"REJECTED".equals(status)) {
                problems.add("order " + order.id + " is " + status);
            } else if (order.httpStatus == 201 && !status.equals(order.status)) {
                problems.add("order " + order.id + " was answered " + order.status + " but is " + status);
            }
            if (shop.path("price").decimalValue().compareTo(order.price) != 0) {
                problems.add("order " + order.id + " costs " + shop.path("price") + ", not " + order.price);
            }
            order.status = status;
        }
        if (!listed.isEmpty()) {
            problems.add("orders nobody placed: " + listed.keySet());
        }
        return verdict("orders of " + userId, problems);
    }

    /** Exactly one email for every order of the user, of the kind that fits its outcome. */
    static String checkEmails(String userId, String body) {
        User user = USERS_BY_ID.get(userId);
        Map<String, List<String>> kinds = new HashMap<>();
        for (JsonNode email : parse(body)) {
            if (email.hasNonNull("orderId")) {
                kinds.computeIfAbsent(email.path("orderId").asText(), id -> new ArrayList<>())
                        .add(email.path("kind").asText());
            }
        }
        List<String> problems = new ArrayList<>();
        for (Order order : user.orders) {
            List<String> got = kinds.remove(order.id.toString());
            if (order.status == null || order.placedAt == null) {
                // never reached the shop: there must be no email
                if (got != null) {
                    problems.add("order " + order.id + " that the shop does not list has emails " + got);
                }
                continue;
            }
            String expected = "APPROVED".equals(order.status) ? "ORDER_APPROVED" : "ORDER_REJECTED";
            if (got == null || got.size() != 1 || !got.get(0).equals(expected)) {
                problems.add("order " + order.id + " (" + order.status + ") has emails " + got + ", not ["
                        + expected + "]");
            }
        }
        if (!kinds.isEmpty()) {
            problems.add("emails for orders nobody placed: " + kinds.keySet());
        }
        return verdict("emails of " + userId, problems);
    }

    /** The balance is the deposit less the approved orders. */
    static String checkBalance(String userId, String body) {
        User user = USERS_BY_ID.get(userId);
        BigDecimal expected = user.deposit;
        for (Order order : user.orders) {
            if ("APPROVED".equals(order.status) && order.placedAt != null) {
                expected = expected.subtract(order.price);
            }
        }
        BigDecimal balance = parse(body).path("balance").decimalValue();
        USERS_CHECKED.add(userId);
        List<String> problems = balance.compareTo(expected) == 0
                ? List.of()
                : List.of("balance " + balance + " but deposits less approved orders are " + expected);
        String verdict = verdict("account of " + userId, problems);
        if (verdict.equals("ok")) {
            USERS_IN_ORDER.add(userId);
        }
        return verdict;
    }

    private static String verdict(String what, List<String> problems) {
        if (problems.isEmpty()) {
            PROBLEMS.remove(what);
            return "ok";
        }
        String text = what + ": " + String.join("; ", problems.subList(0, Math.min(3, problems.size())))
                + (problems.size() > 3 ? " and " + (problems.size() - 3) + " more" : "");
        PROBLEMS.put(what, text);
        return text;
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant instant(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : Instant.parse(node.asText());
    }

    /** The numbers of the run, on the console and in a file, and every order in a CSV for the charts. */
    static void report(double rate, int durationSeconds, Path summaryFile, Path ordersCsv) {
        List<Order> all = new ArrayList<>(ORDERS.values());
        long sent = all.stream().filter(o -> o.sentAtMillis > 0).count();
        long answered201 = all.stream().filter(o -> o.httpStatus == 201).count();
        long answered202 = all.stream().filter(o -> o.httpStatus == 202).count();
        long refused = all.stream().filter(o -> o.httpStatus == 429 || o.httpStatus == 503).count();
        long failed = sent - answered201 - answered202 - refused;
        long approved = all.stream().filter(o -> "APPROVED".equals(o.status)).count();
        long rejected = all.stream().filter(o -> "REJECTED".equals(o.status)).count();
        long unexpected = all.stream().filter(o -> o.decidedAt != null
                && o.fits != "APPROVED".equals(o.status)).count();
        long[] latencies = all.stream().filter(o -> o.httpStatus == 201 || o.httpStatus == 202)
                .mapToLong(o -> o.latencyMillis).sorted().toArray();
        List<Order> decided = all.stream().filter(o -> o.decidedAt != null && o.placedAt != null).toList();
        long[] endToEnd = decided.stream()
                .mapToLong(o -> o.decidedAt.toEpochMilli() - o.placedAt.toEpochMilli()).sorted().toArray();
        long firstPlaced = decided.stream().mapToLong(o -> o.placedAt.toEpochMilli()).min().orElse(0);
        long lastPlaced = decided.stream().mapToLong(o -> o.placedAt.toEpochMilli()).max().orElse(0);
        long lastDecided = decided.stream().mapToLong(o -> o.decidedAt.toEpochMilli()).max().orElse(0);
        long decidedWithinLoad = decided.stream().filter(o -> o.decidedAt.toEpochMilli() <= lastPlaced).count();
        double loadSeconds = Math.max(1, lastPlaced - firstPlaced) / 1000.0;
        double allSeconds = Math.max(1, lastDecided - firstPlaced) / 1000.0;
        // completions per whole second of the load window, to see whether the rate held
        Map<Long, Integer> perSecond = new HashMap<>();
        decided.forEach(o -> perSecond.merge((o.decidedAt.toEpochMilli() - firstPlaced) / 1000, 1, Integer::sum));
        int[] steady = perSecond.entrySet().stream()
                .filter(e -> e.getKey() >= 5 && e.getKey() < (long) loadSeconds - 1)
                .mapToInt(Map.Entry::getValue).sorted().toArray();

        StringBuilder out = new StringBuilder();
        out.append("================ shop benchmark ================\n");
        out.append(String.format(Locale.ROOT, "target arrival rate        %.1f orders/s for %d s%n", rate, durationSeconds));
        out.append(String.format(Locale.ROOT, "users                      %d%n", USERS.size()));
        long[] registrations = REGISTRATIONS.stream().mapToLong(r -> r[0]).sorted().toArray();
        long[] openings = REGISTRATIONS.stream().mapToLong(r -> r[1]).sorted().toArray();
        out.append(String.format(Locale.ROOT, "POST /users latency (ms)   p50 %d  p95 %d  p99 %d  max %d (client side)%n",
                pct(registrations, 50), pct(registrations, 95), pct(registrations, 99), pct(registrations, 100)));
        // seen by a client that asks with a backoff: an upper bound of when the account opened
        out.append(String.format(Locale.ROOT, "registered -> account seen (ms) p50 %d  p95 %d  p99 %d  max %d (client side, "
                + "its polls back off from 100 ms)%n", pct(openings, 50), pct(openings, 95), pct(openings, 99),
                pct(openings, 100)));
        out.append(String.format(Locale.ROOT, "orders sent                %d (201: %d, 202 PENDING: %d, refused at the door: %d, "
                + "failed: %d)%n", sent, answered201, answered202, refused, failed));
        out.append(String.format(Locale.ROOT, "outcomes                   %d APPROVED, %d REJECTED, %d not as expected%n",
                approved, rejected, unexpected));
        out.append(String.format(Locale.ROOT, "POST /orders latency (ms)  p50 %d  p95 %d  p99 %d  max %d (client side)%n",
                pct(latencies, 50), pct(latencies, 95), pct(latencies, 99), pct(latencies, 100)));
        out.append(String.format(Locale.ROOT, "placed -> decided (ms)     p50 %d  p95 %d  p99 %d  max %d (server side)%n",
                pct(endToEnd, 50), pct(endToEnd, 95), pct(endToEnd, 99), pct(endToEnd, 100)));
        out.append(String.format(Locale.ROOT, "completed orders/s         %.1f while placing (%d decided in %.1f s), "
                + "%.1f overall (%d in %.1f s, backlog drained %.1f s after the last order)%n",
                decidedWithinLoad / loadSeconds, decidedWithinLoad, loadSeconds, decided.size() / allSeconds,
                decided.size(), allSeconds, (lastDecided - lastPlaced) / 1000.0));
        if (steady.length > 0) {
            out.append(String.format(Locale.ROOT, "completed per second      min %d  median %d  max %d (seconds 5..%d of the load)%n",
                    steady[0], steady[steady.length / 2], steady[steady.length - 1], (long) loadSeconds - 2));
        }
        // does an account's history slow its orders? the latency by the order's place in its user's history
        int longest = USERS.stream().mapToInt(u -> u.orders.size()).max().orElse(0);
        if (longest > 100) {
            out.append("by place in the user's history, POST /orders p50 / p99 (ms):\n");
            // buckets of 100: the first, then every so many, and the last full one
            int stride = Math.max(1, longest / 1_000) * 100;
            for (int from = 0; from < longest; from += stride) {
                int start = from;
                int end = from + 100;
                long[] bucket = USERS.stream().flatMap(u -> u.orders.subList(Math.min(start, u.orders.size()),
                                Math.min(end, u.orders.size())).stream())
                        .filter(o -> o.httpStatus == 201 || o.httpStatus == 202)
                        .mapToLong(o -> o.latencyMillis).sorted().toArray();
                out.append(String.format(Locale.ROOT, "  orders %5d-%-5d          p50 %d  p99 %d (%d orders)%n",
                        start + 1, end, pct(bucket, 50), pct(bucket, 99), bucket.length));
            }
        }
        out.append(String.format(Locale.ROOT, "books                      %d of %d users in order, %d problems%n",
                USERS_IN_ORDER.size(), USERS_CHECKED.size(), PROBLEMS.size()));
        PROBLEMS.values().stream().limit(10).forEach(p -> out.append("  ! ").append(p).append('\n'));
        out.append("================================================\n");
        System.out.print(out);
        try {
            Files.createDirectories(summaryFile.toAbsolutePath().getParent());
            Files.writeString(summaryFile, out);
            try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(ordersCsv))) {
                csv.println("sent_at_ms,latency_ms,http_status,status,fits,placed_at_ms,decided_at_ms");
                all.stream().filter(o -> o.sentAtMillis > 0)
                        .sorted((a, b) -> Long.compare(a.sentAtMillis, b.sentAtMillis))
                        .forEach(o -> csv.println(o.sentAtMillis + "," + o.latencyMillis + "," + o.httpStatus + ","
                                + o.status + "," + o.fits + ","
                                + (o.placedAt == null ? "" : o.placedAt.toEpochMilli()) + ","
                                + (o.decidedAt == null ? "" : o.decidedAt.toEpochMilli())));
            }
            System.out.println("summary: " + summaryFile.toAbsolutePath() + ", orders: " + ordersCsv.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long pct(long[] sorted, double percentile) {
        if (sorted.length == 0) {
            return -1;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static BigDecimal money(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
    }

}
