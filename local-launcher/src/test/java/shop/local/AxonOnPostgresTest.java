package shop.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;
import org.axonframework.config.Configuration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;
import shop.axon.CachedSagaStore;
import shop.axon.SnapshotFreeRepository;
import shop.billing.service.account.Account;
import shop.billing.service.payment.Payment;
import shop.contract.Customers;
import shop.contract.ShopClient;
import shop.contract.TestedShop;
import shop.contract.TheShop;
import shop.notification.service.command.Notification;
import shop.order.service.command.Order;
import shop.order.service.saga.OrderSaga;

/**
 * How Axon's own data lands in PostgreSQL and is read back: readable bytes, an event order without holes, no look
 * for a snapshot of an aggregate that takes none, and the order saga read from memory after its first step.
 */
@ExtendWith(TheShop.class)
class AxonOnPostgresTest {

    private JdbcTemplate database;
    private Customers customers;
    private Configuration axon;

    @BeforeEach
    void connect(TestedShop shop) {
        LocalTestedShop local = (LocalTestedShop) shop;
        database = local.database();
        customers = new Customers(new ShopClient(shop.baseUrl()));
        axon = local.context().getBean(Configuration.class);
    }

    @Test
    void binaryColumnsAreByteaNotLargeObjects() {
        List<Map<String, Object>> columns = database.queryForList("""
                select table_name, column_name, data_type from information_schema.columns
                where column_name in ('payload', 'meta_data', 'token', 'serialized_saga')""");

        assertThat(columns).hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(column -> assertThat(column.get("data_type")).as("%s", column).isEqualTo("bytea"));
        assertThat(database.queryForObject("select count(*) from pg_largeobject_metadata", Long.class)).isZero();
    }

    @Test
    void eventsAreStoredAsJsonAndNumberedWithoutGaps() {
        long before = lastGlobalIndex();
        customers.registerWithBalance("1.00");
        customers.registerWithBalance("1.00");

        List<Long> indexes = database.queryForList(
                "select global_index from domain_event_entry where global_index > ? order by global_index",
                Long.class, before);
        assertThat(indexes).hasSizeGreaterThanOrEqualTo(6);
        for (int i = 1; i < indexes.size(); i++) {
            assertThat(indexes.get(i) - indexes.get(i - 1)).as("the step after index %s", indexes.get(i - 1))
                    .isEqualTo(1);
        }
        String payload = database.queryForObject(
                "select convert_from(payload, 'UTF8') from domain_event_entry where global_index = ?",
                String.class, indexes.getLast());
        assertThat(payload).startsWith("{").contains("\"userId\"");
    }

    @Test
    void trackingTokensAreStoredAndReadBack() {
        customers.registerWithAccount();

        await().untilAsserted(() -> assertThat(database.queryForList(
                "select convert_from(token, 'UTF8') from token_entry where processor_name = 'account-opening'",
                String.class)).isNotEmpty().allSatisfy(token -> assertThat(token).contains("index")));
    }

    @Test
    void theAggregatesThatTakeNoSnapshotsAreReadWithoutAskingForOne() {
        for (Class<?> looksBeforeItIsCreated : List.of(Order.class, Payment.class, Notification.class)) {
            assertThat(axon.repository(looksBeforeItIsCreated)).as("%s", looksBeforeItIsCreated)
                    .isInstanceOf(SnapshotFreeRepository.class);
        }
        assertThat(axon.repository(Account.class)).isNotInstanceOf(SnapshotFreeRepository.class);
    }

    @Test
    void theOrderSagaIsKeptInMemoryBetweenItsSteps() {
        assertThat(axon.eventProcessingConfiguration().sagaConfiguration(OrderSaga.class).store())
                .isInstanceOf(CachedSagaStore.class);
    }

    private long lastGlobalIndex() {
        Long last = database.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        return last == null ? 0 : last;
    }
}
