package shop.local;

import static org.assertj.core.api.Assertions.assertThat;
import static shop.local.Customers.account;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@LocalShopTest
class ConcurrencyTest {

    @LocalServerPort
    int port;
    ShopClient shop;
    Customers customers;

    @BeforeEach
    void connect() {
        shop = new ShopClient("http://localhost:" + port);
        customers = new Customers(shop);
    }

    @Test
    void twentyWithdrawalsRacingForFiveLeaveExactlyZero() throws Exception {
        UUID userId = customers.registerWithBalance("50.00");

        List<Integer> statuses = race(20, () -> shop.post(account(userId) + "/withdraw", Map.of("amount", 10)).status());

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(5);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(15);
        assertThat(customers.balanceOf(userId)).isEqualByComparingTo("0.00");
        assertThat(shop.get(account(userId) + "/transactions").body()).hasSize(6)
                .allSatisfy(entry -> assertThat(entry.get("balance").decimalValue()).isNotNegative());
    }

    @Test
    void ofTenRegistrationsOfOneUsernameExactlyOneSucceeds() throws Exception {
        String username = Customers.uniqueName();

        List<Integer> statuses = race(10, () -> {
            Map<String, Object> registration = new java.util.HashMap<>(Customers.registration(username));
            registration.put("email", Customers.uniqueName() + "@example.org");
            return shop.post("/users", registration).status();
        });

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(9);
    }

    /** Starts all the calls at once, as far as threads allow, and collects their answers. */
    private static <T> List<T> race(int calls, Callable<T> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(calls)) {
            List<Future<T>> answers = IntStream.range(0, calls)
                    .mapToObj(i -> pool.submit(() -> {
                        start.await();
                        return call.call();
                    }))
                    .toList();
            start.countDown();
            List<T> results = new java.util.ArrayList<>();
            for (Future<T> answer : answers) {
                results.add(answer.get());
            }
            return results;
        }
    }
}
