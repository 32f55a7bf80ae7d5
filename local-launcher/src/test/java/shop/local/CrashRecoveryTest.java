package shop.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shop.contract.Customers;
import shop.contract.ShopClient;
import tools.jackson.databind.JsonNode;

/**
 * The shop killed without warning in the middle of a batch of orders, then started again on the same database:
 * whatever it had accepted is carried through to the end, once.
 */
class CrashRecoveryTest {

    private static final BigDecimal DEPOSIT = new BigDecimal("100.00");
    private static final BigDecimal PRICE = new BigDecimal("10.00");

    private EmbeddedPostgres database;
    private Process shopProcess;
    private int port;

    @BeforeEach
    void startDatabase() throws IOException {
        database = EmbeddedPostgres.builder().start();
        port = freePort();
    }

    @AfterEach
    void stopAll() throws IOException {
        if (shopProcess != null) {
            shopProcess.destroyForcibly();
        }
        database.close();
    }

    @Test
    void everyAcceptedOrderReachesOneOutcomeWithOneEmailAcrossAKill() throws Exception {
        startShop(1);
        ShopClient shop = new ShopClient("http://localhost:" + port);
        Customers customers = new Customers(shop);
        UUID userId = customers.registerWithBalance(DEPOSIT.toPlainString());

        ExecutorService clients = Executors.newFixedThreadPool(10);
        for (int i = 0; i < 30; i++) {
            clients.submit(() -> shop.post("/orders", Map.of("userId", userId, "price", PRICE)));
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> shop.get("/orders?userId=" + userId).body().size() >= 5);
        shopProcess.destroyForcibly().waitFor();
        clients.shutdownNow();

        startShop(2);
        JsonNode orders = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> shop.get("/orders?userId=" + userId).body(),
                        list -> list.findValuesAsString("status").stream().noneMatch("PENDING"::equals));
        List<String> orderIds = orders.findValuesAsString("id");
        long approved = orders.findValuesAsString("status").stream().filter("APPROVED"::equals).count();

        assertThat(orderIds).hasSizeGreaterThanOrEqualTo(5).doesNotHaveDuplicates();
        assertThat(approved).isLessThanOrEqualTo(10);
        assertThat(customers.balanceOf(userId)).isEqualByComparingTo(DEPOSIT.subtract(PRICE.multiply(
                BigDecimal.valueOf(approved))));
        JsonNode emails = customers.awaitEmails(userId, orderIds.size());
        assertThat(emails.findValuesAsString("orderId")).containsExactlyInAnyOrderElementsOf(orderIds);
        for (JsonNode order : orders) {
            JsonNode email = shop.get("/notifications?orderId=" + order.get("id").asString()).body();
            assertThat(email).hasSize(1);
            assertThat(email.get(0).get("kind").asString()).isEqualTo("ORDER_" + order.get("status").asString());
        }
    }

    private void startShop(int life) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"),
                LocalShop.class.getName(),
                "--server.port=" + port,
                "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password="));
        File log = new File("target/crash-recovery-shop-" + life + ".log");
        shopProcess = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log)).start();
        ShopClient shop = new ShopClient("http://localhost:" + port);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> shop.get("/actuator/health/readiness").status() == 200);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
