package shop.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import shop.contract.Customers;
import shop.contract.ShopClient;

/**
 * A service's read model is written in the command's transaction, but Axon Server commits the events first: a JVM
 * killed between the two commits leaves the events stored, the row gone, and the token of the projection's catch-up
 * short of those events. That is what this test leaves behind, on purpose, for each read-your-writes projection; the
 * service started again shows the row as if nothing had happened.
 */
class RowLostInACrashTest extends ClusterScenario {

    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            user-service         | users         | user-profiles         | delete from user_profile where id = '%1$s'
            billing-service      | billing       | billing-ledger        | delete from ledger_entry where order_id = '%2$s'
            order-service        | orders        | order-summaries       | delete from order_summary where id = '%2$s'
            notification-service | notifications | notification-log      | delete from notification where order_id = '%2$s'
            """)
    void theRowComesBackFromTheEventStream(String deployment, String database, String processingGroup, String loss)
            throws Exception {
        UUID user = customers.registerWithBalance("100.00");
        ShopClient.Reply order = customers.placeOrder(user, "30.00");
        assertThat(order.body().get("status").asString()).isEqualTo("APPROVED");
        UUID orderId = UUID.fromString(order.body().get("id").asString());
        customers.awaitEmails(user, 1);

        ServiceProcess service = cluster.service(deployment);
        service.kill();
        assertThat(cluster.databases().execute(database, loss.formatted(user, orderId))).isEqualTo(1);
        cluster.databases().execute(database,
                "delete from token_entry where processor_name = '" + processingGroup + "-catch-up'");
        service.start();
        service.awaitReady(ClusterTestedShop.START_TIMEOUT);

        awaitShown("/users/" + user, reply -> reply.status() == 200);
        awaitShown(Customers.account(user), reply -> reply.status() == 200
                && reply.body().get("balance").decimalValue().compareTo(new BigDecimal("70.00")) == 0);
        awaitShown(Customers.account(user) + "/transactions", reply -> reply.status() == 200
                && reply.body().size() == 2);
        awaitShown("/orders/" + orderId, reply -> reply.status() == 200
                && "APPROVED".equals(reply.body().get("status").asString()));
        awaitShown("/notifications?orderId=" + orderId, reply -> reply.status() == 200 && reply.body().size() == 1);
    }

    private void awaitShown(String path, Predicate<ShopClient.Reply> shown) {
        await().atMost(Duration.ofSeconds(60)).until(() -> shop.get(path), shown);
    }
}
