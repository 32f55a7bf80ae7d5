package shop.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static shop.contract.Customers.account;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each bad request gets its 4xx problem, and the shop stores nothing for it: no event, no row, no money. */
class BadInputTest extends ThroughHttp {

    static Stream<Arguments> badAmounts() {
        return Stream.of(
                bad("no amount", "{}", "amount"),
                bad("amount null", "{\"amount\":null}", "amount"),
                bad("zero", "{\"amount\":0}", "amount"),
                bad("negative", "{\"amount\":-5}", "amount"),
                bad("three decimals", "{\"amount\":1.005}", "amount"),
                bad("above a billion", "{\"amount\":1000000000.01}", "amount"),
                bad("a string", "{\"amount\":\"10\"}", "amount"),
                bad("a boolean", "{\"amount\":true}", "amount"),
                bad("malformed JSON", "{\"amount\":", null),
                bad("not an object", "[10]", null),
                bad("no body", "", null));
    }

    @ParameterizedTest(name = "deposit with {0}")
    @MethodSource("badAmounts")
    void aBadDepositIsRefusedAndStoresNothing(String json, String field) {
        UUID userId = customers.registerWithBalance("20.00");

        assertRefusedLeavingNothing(() -> shop.postJson(account(userId) + "/deposit", json, Map.of()), field);
        assertThat(customers.balanceOf(userId)).isEqualByComparingTo("20.00");
    }

    @ParameterizedTest(name = "withdrawal with {0}")
    @MethodSource("badAmounts")
    void aBadWithdrawalIsRefusedAndStoresNothing(String json, String field) {
        UUID userId = customers.registerWithBalance("20.00");

        assertRefusedLeavingNothing(() -> shop.postJson(account(userId) + "/withdraw", json, Map.of()), field);
        assertThat(customers.balanceOf(userId)).isEqualByComparingTo("20.00");
    }

    static Stream<Arguments> badRegistrations() {
        return Stream.of(
                bad("no fields", "{}", "username"),
                bad("no email", "{\"username\":\"x1\",\"firstName\":\"A\",\"lastName\":\"B\"}", "email"),
                bad("a malformed email", registration("\"email\":\"not-an-email\""), "email"),
                bad("a blank username", registration("\"username\":\"  \""), "username"),
                bad("a username of spaces and signs", registration("\"username\":\"a b!\""), "username"),
                bad("a number for a name", registration("\"firstName\":42"), "firstName"),
                bad("a malformed phone", registration("\"phone\":\"call me\""), "phone"),
                bad("malformed JSON", "{\"username\"", null));
    }

    @ParameterizedTest(name = "registration with {0}")
    @MethodSource("badRegistrations")
    void aBadRegistrationIsRefusedAndStoresNothing(String json, String field) {
        long usersBefore = tested.registeredUsers();

        assertRefusedLeavingNothing(() -> shop.postJson("/users", json, Map.of()), field);
        assertThat(tested.registeredUsers()).isEqualTo(usersBefore);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unknownOrMalformedTargets")
    void anUnknownOrMalformedTargetIsRefusedAndStoresNothing(String path, int status) {
        long eventsBefore = storedEvents();

        ShopClient.Reply reply = shop.postJson(path, "{\"amount\":10}", Map.of());

        assertThat(reply.status()).as("%s", reply).isEqualTo(status);
        assertThat(reply.isProblem()).as("%s", reply).isTrue();
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    static Stream<Arguments> unknownOrMalformedTargets() {
        return Stream.of(
                Arguments.of("/billing/accounts/" + UUID.randomUUID() + "/deposit", 404),
                Arguments.of("/billing/accounts/" + UUID.randomUUID() + "/withdraw", 404),
                Arguments.of("/billing/accounts/not-a-uuid/deposit", 400));
    }

    private void assertRefusedLeavingNothing(java.util.function.Supplier<ShopClient.Reply> request, String field) {
        long eventsBefore = storedEvents();

        ShopClient.Reply reply = request.get();

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.isProblem()).as("%s", reply).isTrue();
        assertThat(reply.body().get("title").asString()).isNotBlank();
        assertThat(reply.body().get("detail").asString()).isNotBlank();
        if (field != null) {
            assertThat(reply.body().get("errors").findValuesAsString("field")).as("%s", reply).contains(field);
        }
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    private long storedEvents() {
        return tested.storedEvents();
    }

    private static String registration(String override) {
        String base = "\"username\":\"" + Customers.uniqueName() + "\",\"email\":\"" + Customers.uniqueName()
                + "@example.org\",\"firstName\":\"Ada\",\"lastName\":\"Lovelace\"";
        String key = override.substring(0, override.indexOf(':'));
        String kept = Stream.of(base.split(","))
                .filter(pair -> !pair.startsWith(key))
                .reduce((a, b) -> a + "," + b).orElse("");
        return "{" + kept + "," + override + "}";
    }

    private static Arguments bad(String name, String json, String field) {
        return Arguments.of(Named.of(name, json), field);
    }
}
