package shop.benchmark;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The shop under load, in three phases that follow one another:
 * <ol>
 * <li>register {@code users} users ({@code setupRate} per second), wait for each one's account, deposit;</li>
 * <li>place orders at {@code rate} per second for {@code duration} seconds (an open model: new orders keep
 * coming whether or not the shop keeps up), the users in turn, a share {@code rejectShare} of them too dear;</li>
 * <li>check the books through the HTTP API: poll every order still PENDING until it has an outcome; for every user
 * wait until the shop has decided every order it lists (also one placed after its client had given up on it) and
 * sent their emails; then check that each order has an outcome and exactly one email of the right kind, and that
 * the balance is the deposit less the approved orders.</li>
 * </ol>
 * Parameters are system properties: {@code -DbaseUrl=http://arch.homework -Drate=300 -Dduration=60 ...}.
 */
public class ShopSimulation extends Simulation {

    /** {@code baseUrl}, or a local shop started from {@code shopJar} for this run (the smoke run of mvn verify). */
    private static final String BASE_URL = LocalShopProcess.baseUrl();
    private static final double RATE = Double.parseDouble(System.getProperty("rate", "200"));
    private static final int DURATION = Integer.parseInt(System.getProperty("duration", "60"));
    private static final int USERS = Integer.parseInt(System.getProperty("users", "1000"));
    private static final double SETUP_RATE = Double.parseDouble(System.getProperty("setupRate", "100"));
    private static final double REJECT_SHARE = Double.parseDouble(System.getProperty("rejectShare", "0.2"));
    private static final int SETTLE_SECONDS = Integer.parseInt(System.getProperty("settleSeconds", "120"));
    private static final int CHECKERS = Integer.parseInt(System.getProperty("checkers", "8"));
    private static final BigDecimal DEPOSIT = new BigDecimal(System.getProperty("deposit", "10000.00"));
    private static final Path SUMMARY = Path.of(System.getProperty("summaryFile", "target/benchmark-summary.txt"));
    private static final Path ORDERS_CSV = Path.of(System.getProperty("ordersCsv", "target/benchmark-orders.csv"));
    /** Also fail the run when any request failed, not only the books (the smoke run: light load, no excuses). */
    private static final boolean STRICT = Boolean.getBoolean("strict");
    /** How often a client asks again, at most, for an order still PENDING (or a request refused with 429/503). */
    private static final int MAX_RESENDS = 5;
    private static final long FIRST_BACKOFF_MILLIS = 100;
    private static final long MAX_BACKOFF_MILLIS = 2_000;

    /**
     * How long a client waits before it asks again: the server's {@code Retry-After} (seconds) when it gave one,
     * else an exponential backoff from {@code FIRST_BACKOFF_MILLIS}, doubling up to {@code MAX_BACKOFF_MILLIS}.
     */
    static Duration backoff(Session session, String counter) {
        String retryAfter = session.contains("retryAfter") ? session.getString("retryAfter") : null;
        if (retryAfter != null && retryAfter.trim().matches("\\d{1,4}")) {
            return Duration.ofSeconds(Long.parseLong(retryAfter.trim()));
        }
        int tries = session.contains(counter) ? session.getInt(counter) : 0;
        return Duration.ofMillis(Math.min(MAX_BACKOFF_MILLIS, FIRST_BACKOFF_MILLIS << Math.min(tries, 10)));
    }

    private static boolean refused(Session session) {
        int code = session.contains("httpStatus") ? session.getInt("httpStatus") : 0;
        return code == 429 || code == 503;
    }

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            // like clients behind one gateway: a pool of keep-alive connections, not one per virtual user
            .shareConnections()
            .disableCaching();

    // ---- phase 1: users with money ------------------------------------------------------------------------

    private final ScenarioBuilder registration = scenario("1 users")
            .exec(session -> session.set("n", Books.REGISTERED.incrementAndGet()).set("run", Books.RUN)
                    .set("accountOpen", false).set("r0", System.nanoTime()))
            .exec(http("POST /users").post("/users")
                    .body(StringBody("{\"username\":\"bench-#{run}-#{n}\",\"email\":\"bench-#{run}-#{n}@example.org\","
                            + "\"firstName\":\"Bench\",\"lastName\":\"User #{n}\"}"))
                    .check(status().is(201), jmesPath("id").saveAs("userId")))
            .exitHereIfFailed()
            .exec(session -> session.set("registered", System.nanoTime()))
            // the account opens moments later: 404 until then; asked for again with a backoff, as a real client
            // would, so that thousands of new users waiting for their accounts do not become the load
            .asLongAs(session -> !session.getBoolean("accountOpen") && session.getInt("tries") < 90, "tries").on(
                    exec(http("GET /billing/accounts/{id} (until open)").get("/billing/accounts/#{userId}")
                            .check(status().in(200, 404).saveAs("accountStatus")))
                            .exec(session -> session.set("accountOpen", session.getInt("accountStatus") == 200))
                            .doIf(session -> !session.getBoolean("accountOpen"))
                            .then(pause(session -> backoff(session, "tries"))))
            .exec(session -> {
                long opened = System.nanoTime();
                if (session.getBoolean("accountOpen")) {
                    Books.registered((session.getLong("registered") - session.getLong("r0")) / 1_000_000,
                            (opened - session.getLong("registered")) / 1_000_000);
                }
                return session;
            })
            .exec(http("POST /billing/accounts/{id}/deposit").post("/billing/accounts/#{userId}/deposit")
                    .body(StringBody("{\"amount\":" + DEPOSIT.toPlainString() + "}"))
                    .check(status().is(200)))
            .exitHereIfFailed()
            .exec(session -> {
                Books.userReady(session.getString("userId"), DEPOSIT);
                return session;
            });

    // ---- phase 2: orders at a fixed arrival rate -----------------------------------------------------------

    private final Iterator<Map<String, Object>> nextOrder = Stream.generate(() -> {
        Books.Order order = Books.nextOrder(REJECT_SHARE, DEPOSIT);
        return Map.<String, Object>of("userId", order.userId, "price", order.price.toPlainString(),
                "key", order.key, "orderId", order.id.toString());
    }).iterator();

    private final ChainBuilder placeOrder = exec(session -> session.remove("retryAfter").remove("outcome")
            .remove("httpStatus"))
            .exec(http("POST /orders").post("/orders")
                    .header("Idempotency-Key", "#{key}")
                    .body(StringBody("{\"userId\":\"#{userId}\",\"price\":#{price}}"))
                    .check(status().in(201, 202, 429, 503).saveAs("httpStatus"),
                            jmesPath("status").optional().saveAs("outcome"),
                            header("Retry-After").optional().saveAs("retryAfter")));

    private final ScenarioBuilder orders = scenario("2 orders")
            .feed(nextOrder)
            .exec(session -> session.set("sentAt", System.currentTimeMillis()).set("t0", System.nanoTime()))
            .exec(placeOrder)
            // a real client: a 429 or 503 is sent again, with the same Idempotency-Key, after its Retry-After
            .asLongAs(session -> refused(session) && session.getInt("sends") < MAX_RESENDS, "sends").on(
                    pause(session -> backoff(session, "sends")).exec(placeOrder))
            .exec(session -> {
                long latency = (System.nanoTime() - session.getLong("t0")) / 1_000_000;
                Books.answered(UUID.fromString(session.getString("orderId")), session.getLong("sentAt"), latency,
                        session.contains("httpStatus") ? session.getInt("httpStatus") : 0,
                        // a refusal's problem document has a "status" too, the HTTP one: not an order's
                        session.contains("outcome") && !refused(session) ? session.getString("outcome") : null);
                return session;
            });

    // ---- phase 3: the books --------------------------------------------------------------------------------

    private static boolean beforeDeadline(Session session) {
        return System.currentTimeMillis() < session.getLong("deadline");
    }

    private final ChainBuilder pollPendingOrders = exec(session -> session.set("orderId", Books.takePending()))
            .asLongAs(session -> !session.getString("orderId").isEmpty()).on(
                    exec(session -> session.set("outcome", "PENDING"))
                            .asLongAs(session -> "PENDING".equals(session.getString("outcome"))
                                    && beforeDeadline(session), "polls").on(
                                    exec(session -> session.remove("retryAfter"))
                                            .exec(http("GET /orders/{id} (until decided)").get("/orders/#{orderId}")
                                            .check(status().in(200, 404).saveAs("pollStatus"),
                                                    jmesPath("status").optional().saveAs("polled"),
                                                    header("Retry-After").optional().saveAs("retryAfter")))
                                            .exec(session -> {
                                                int code = session.getInt("pollStatus");
                                                String status = code == 200 ? session.getString("polled") : null;
                                                Books.polled(session.getString("orderId"), code, status);
                                                // 404: the request failed before the order was placed
                                                return session.set("outcome", code == 404 ? "UNKNOWN" : status);
                                            })
                                            // a real client backs off, and honours Retry-After
                                            .doIf(session -> "PENDING".equals(session.getString("outcome")))
                                            .then(pause(session -> backoff(session, "polls"))))
                            .exec(session -> session.set("orderId", Books.takePending())));

    private final ChainBuilder checkUsers = exec(session -> session.set("userId", Books.takeUserToCheck()))
            .asLongAs(session -> !session.getString("userId").isEmpty()).on(
                    // every order decided, and the email, the last step of an order, sent for each
                    exec(session -> session.set("settled", false))
                            .asLongAs(session -> !session.getBoolean("settled") && beforeDeadline(session)).on(
                                    exec(http("GET /orders?userId= (until decided)")
                                            .get("/orders?userId=#{userId}")
                                            .check(status().is(200), bodyString().saveAs("orders")))
                                            .exec(http("GET /notifications?userId= (until mailed)")
                                            .get("/notifications?userId=#{userId}")
                                            .check(status().is(200), bodyString().saveAs("emails")))
                                            .exec(session -> session.set("settled",
                                                    Books.ordersSettled(session.getString("userId"),
                                                            session.getString("orders"))
                                                    && Books.emailsSettled(session.getString("userId"),
                                                            session.getString("emails"))))
                                            .doIf(session -> !session.getBoolean("settled"))
                                            .then(pause(Duration.ofMillis(500))))
                            .group("books").on(
                                    exec(http("orders of the user").get("/orders?userId=#{userId}")
                                            .check(status().is(200), bodyString().transformWithSession(
                                                    (body, session) -> Books.checkOrders(session.getString("userId"),
                                                            body)).is("ok")))
                                            .exec(http("emails of the user").get("/notifications?userId=#{userId}")
                                                    .check(status().is(200), bodyString().transformWithSession(
                                                            (body, session) -> Books.checkEmails(
                                                                    session.getString("userId"), body)).is("ok")))
                                            .exec(http("balance of the user").get("/billing/accounts/#{userId}")
                                                    .check(status().is(200), bodyString().transformWithSession(
                                                            (body, session) -> Books.checkBalance(
                                                                    session.getString("userId"), body)).is("ok"))))
                            .exec(session -> session.set("userId", Books.takeUserToCheck())));

    private final ScenarioBuilder books = scenario("3 books")
            .exec(session -> {
                Books.startChecking();
                return session.set("deadline", System.currentTimeMillis() + SETTLE_SECONDS * 1000L);
            })
            .exec(pollPendingOrders)
            .exec(checkUsers);

    {
        // whole seconds, at a rate that gives USERS in them: fewer users than the rate (50 at 100/s) gave half a
        // second, in which Gatling injected none
        long registering = Math.max(1, (long) Math.ceil(USERS / SETUP_RATE));
        double registrationRate = USERS / (double) registering;
        System.out.printf("shop benchmark against %s: %d users (%.0f/s), then %.1f orders/s for %d s, %.0f%% too dear%n",
                BASE_URL, USERS, registrationRate, RATE, DURATION, REJECT_SHARE * 100);
        setUp(registration.injectOpen(constantUsersPerSec(registrationRate).during(Duration.ofSeconds(registering)))
                .andThen(orders.injectOpen(constantUsersPerSec(RATE).during(Duration.ofSeconds(DURATION)))
                        .andThen(books.injectOpen(atOnceUsers(CHECKERS)))))
                .protocols(protocol)
                .assertions(STRICT
                        ? List.of(details("books").failedRequests().count().is(0L),
                                global().failedRequests().count().is(0L))
                        : List.of(details("books").failedRequests().count().is(0L)));
    }

    @Override
    public void after() {
        try {
            Books.report(RATE, DURATION, SUMMARY, ORDERS_CSV);
        } finally {
            LocalShopProcess.stop();
        }
    }
}
