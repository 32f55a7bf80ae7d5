package shop.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static shop.contract.Customers.account;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConcurrencyTest extends ThroughHttp {

    @Test
    void twentyWithdrawalsRacingForFiveLeaveExactlyZero() throws Exception {
        UUID userId = customers.registerWithBalance("50.00");

        List<Integer> statuses = Race.of(20, () -> shop.post(account(userId) + "/withdraw", Map.of("amount", 10)).status());

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(5);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(15);
        assertThat(customers.balanceOf(userId)).isEqualByComparingTo("0.00");
        assertThat(shop.get(account(userId) + "/transactions").body()).hasSize(6)
                .allSatisfy(entry -> assertThat(entry.get("balance").decimalValue()).isNotNegative());
    }

    @Test
    void ofTenRegistrationsOfOneUsernameExactlyOneSucceeds() throws Exception {
        String username = Customers.uniqueName();

        List<Integer> statuses = Race.of(10, () -> {
            Map<String, Object> registration = new java.util.HashMap<>(Customers.registration(username));
            registration.put("email", Customers.uniqueName() + "@example.org");
            return shop.post("/users", registration).status();
        });

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(9);
    }

}
