package shop.billing.service.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.serialization.Serializer;
import shop.axon.ShopSerializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shop.billing.api.AccountBalance;
import shop.billing.api.AccountCharged;
import shop.billing.api.AccountRefunded;
import shop.billing.api.AccountCommand;
import shop.billing.api.AccountOpened;
import shop.billing.api.BillingRejection;
import shop.billing.api.DepositMoney;
import shop.billing.api.MoneyDeposited;
import shop.billing.api.MoneyWithdrawn;
import shop.billing.api.OpenAccount;
import shop.billing.api.WithdrawMoney;

class AccountTest {

    private final UUID userId = UUID.randomUUID();
    private FixtureConfiguration<Account> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Account.class);
    }

    @Test
    void anAccountOpensEmpty() {
        fixture.givenNoPriorActivity()
                .when(new OpenAccount(userId))
                .expectEvents(new AccountOpened(userId));
    }

    @Test
    void anAccountOpensOnlyOnce() {
        fixture.given(new AccountOpened(userId))
                .when(new OpenAccount(userId))
                .expectException(BillingRejectedException.class)
                .expectExceptionDetails(BillingRejection.ACCOUNT_ALREADY_OPEN)
                .expectNoEvents();
    }

    @Test
    void aDepositAddsToTheBalanceAndAnswersWithIt() {
        fixture.given(new AccountOpened(userId), deposited("t1", "10.00", "10.00"))
                .when(new DepositMoney(userId, "t2", new BigDecimal("2.5")))
                .expectEvents(deposited("t2", "2.50", "12.50"))
                .expectResultMessagePayload(new AccountBalance(userId, new BigDecimal("12.50")));
    }

    @Test
    void aWithdrawalTakesFromTheBalance() {
        fixture.given(new AccountOpened(userId), deposited("t1", "10.00", "10.00"))
                .when(new WithdrawMoney(userId, "t2", new BigDecimal("10.00")))
                .expectEvents(new MoneyWithdrawn(userId, "t2", new BigDecimal("10.00"), new BigDecimal("0.00")))
                .expectResultMessagePayload(new AccountBalance(userId, new BigDecimal("0.00")));
    }

    @Test
    void aWithdrawalBeyondTheBalanceIsRefusedAndTakesNothing() {
        fixture.given(new AccountOpened(userId), deposited("t1", "10.00", "10.00"))
                .when(new WithdrawMoney(userId, "t2", new BigDecimal("10.01")))
                .expectException(BillingRejectedException.class)
                .expectExceptionDetails(BillingRejection.INSUFFICIENT_FUNDS)
                .expectNoEvents();
    }

    @Test
    void anEmptyAccountPaysNothing() {
        fixture.given(new AccountOpened(userId))
                .when(new WithdrawMoney(userId, "t1", new BigDecimal("0.01")))
                .expectExceptionDetails(BillingRejection.INSUFFICIENT_FUNDS)
                .expectNoEvents();
    }

    @Test
    void zeroNegativeAndFractionsOfACentAreNotAmounts() {
        for (String amount : new String[] {"0", "0.00", "-1.00", "0.001", "10.005"}) {
            fixture.given(new AccountOpened(userId))
                    .when(new DepositMoney(userId, "t1", new BigDecimal(amount)))
                    .expectExceptionDetails(BillingRejection.INVALID_AMOUNT)
                    .expectNoEvents();
            fixture.given(new AccountOpened(userId), deposited("t0", "100.00", "100.00"))
                    .when(new WithdrawMoney(userId, "t1", new BigDecimal(amount)))
                    .expectExceptionDetails(BillingRejection.INVALID_AMOUNT)
                    .expectNoEvents();
        }
    }

    @Test
    void aRetriedDepositDepositsOnceAndAnswersAsTheFirstTime() {
        fixture.given(new AccountOpened(userId), deposited("key:a", "10.00", "10.00"),
                        deposited("t2", "5.00", "15.00"))
                .when(new DepositMoney(userId, "key:a", new BigDecimal("10")))
                .expectNoEvents()
                .expectResultMessagePayload(new AccountBalance(userId, new BigDecimal("10.00")));
    }

    @Test
    void aRetriedWithdrawalTakesOnceEvenWhenTheRestWouldNotCoverItAgain() {
        fixture.given(new AccountOpened(userId), deposited("t1", "10.00", "10.00"),
                        new MoneyWithdrawn(userId, "key:w", new BigDecimal("8.00"), new BigDecimal("2.00")))
                .when(new WithdrawMoney(userId, "key:w", new BigDecimal("8.00")))
                .expectNoEvents()
                .expectResultMessagePayload(new AccountBalance(userId, new BigDecimal("2.00")));
    }

    @Test
    void aTransactionIdCannotBeReusedForAnotherAmountOrOperation() {
        fixture.given(new AccountOpened(userId), deposited("key:a", "10.00", "10.00"))
                .when(new DepositMoney(userId, "key:a", new BigDecimal("11.00")))
                .expectExceptionDetails(BillingRejection.TRANSACTION_ID_REUSED)
                .expectNoEvents();
        fixture.given(new AccountOpened(userId), deposited("key:a", "10.00", "10.00"))
                .when(new WithdrawMoney(userId, "key:a", new BigDecimal("10.00")))
                .expectExceptionDetails(BillingRejection.TRANSACTION_ID_REUSED)
                .expectNoEvents();
    }

    @Test
    void anOrderIsChargedOnceHoweverOftenItIsAsked() {
        UUID orderId = UUID.randomUUID();
        AtomicBoolean charged = new AtomicBoolean();
        fixture.given(new AccountOpened(userId), deposited("t1", "10.00", "10.00"))
                .whenInvoking(accountId(), account -> charged.set(account.charge(orderId, new BigDecimal("4.00"))))
                .expectEvents(new AccountCharged(userId, orderId, new BigDecimal("4.00"), new BigDecimal("6.00")));
        assertThat(charged).isTrue();
        charged.set(false);
        fixture.given(new AccountOpened(userId), deposited("t1", "10.00", "10.00"),
                        new AccountCharged(userId, orderId, new BigDecimal("4.00"), new BigDecimal("6.00")))
                .whenInvoking(accountId(), account -> charged.set(account.charge(orderId, new BigDecimal("4.00"))))
                .expectNoEvents();
        assertThat(charged).as("charged before").isTrue();
    }

    @Test
    void anOrderBeyondTheBalanceIsNotCharged() {
        AtomicBoolean charged = new AtomicBoolean(true);
        fixture.given(new AccountOpened(userId), deposited("t1", "10.00", "10.00"))
                .whenInvoking(accountId(), account -> charged.set(account.charge(UUID.randomUUID(), new BigDecimal("10.01"))))
                .expectNoEvents();
        assertThat(charged).isFalse();
    }

    @Test
    void aChargedOrderIsRefundedOnceAndOnlyWhatWasTaken() {
        UUID orderId = UUID.randomUUID();
        AccountCharged charged = new AccountCharged(userId, orderId, new BigDecimal("4.00"), new BigDecimal("6.00"));
        fixture.given(new AccountOpened(userId), deposited("t1", "10.00", "10.00"), charged)
                .whenInvoking(accountId(), account -> account.refund(orderId, new BigDecimal("4.00")))
                .expectEvents(new AccountRefunded(userId, orderId, new BigDecimal("4.00"), new BigDecimal("10.00")));
        fixture.given(new AccountOpened(userId), deposited("t1", "10.00", "10.00"), charged,
                        new AccountRefunded(userId, orderId, new BigDecimal("4.00"), new BigDecimal("10.00")))
                .whenInvoking(accountId(), account -> account.refund(orderId, new BigDecimal("4.00")))
                .expectNoEvents();
        fixture.given(new AccountOpened(userId), deposited("t1", "10.00", "10.00"), charged)
                .whenInvoking(accountId(), account -> account.refund(orderId, new BigDecimal("5.00")))
                .expectExceptionDetails(BillingRejection.NOTHING_TO_REFUND)
                .expectNoEvents();
        fixture.given(new AccountOpened(userId), deposited("t1", "10.00", "10.00"))
                .whenInvoking(accountId(), account -> account.refund(UUID.randomUUID(), new BigDecimal("1.00")))
                .expectExceptionDetails(BillingRejection.NOTHING_TO_REFUND)
                .expectNoEvents();
    }

    @Test
    void anAccountRemembersItsLatestTransactionsOnly() {
        // t0 .. t1000 of 1.00 each: t0 is the oldest of 1,001, one more than the account remembers
        List<Object> history = new ArrayList<>();
        history.add(new AccountOpened(userId));
        for (int i = 0; i <= Account.RETAINED_TRANSACTIONS; i++) {
            history.add(deposited("t" + i, "1.00", (i + 1) + ".00"));
        }
        String balance = (Account.RETAINED_TRANSACTIONS + 1) + ".00";
        // the oldest but one is still recognised: answered as it was, not repeated
        fixture.given(history)
                .when(new DepositMoney(userId, "t1", new BigDecimal("1.00")))
                .expectNoEvents()
                .expectResultMessagePayload(new AccountBalance(userId, new BigDecimal("2.00")));
        // the oldest is forgotten: sent again, it is a new deposit
        fixture.given(history)
                .when(new DepositMoney(userId, "t0", new BigDecimal("1.00")))
                .expectEvents(deposited("t0", "1.00", new BigDecimal(balance).add(BigDecimal.ONE).toPlainString()));
    }

    @Test
    void anAccountSurvivesItsSnapshot() {
        // what the snapshotter stores is the aggregate itself, through the shop's serializer
        fixture.given(new AccountOpened(userId), deposited("t1", "10.00", "10.00"), deposited("t2", "5.00", "15.00"))
                .when(new WithdrawMoney(userId, "t3", new BigDecimal("1.00")))
                .expectSuccessfulHandlerExecution()
                .expectState(account -> {
                    Serializer serializer = ShopSerializer.create();
                    Account copy = serializer.deserialize(serializer.serialize(account, byte[].class));
                    org.junit.jupiter.api.Assertions.assertEquals(
                            serializer.serialize(account, String.class).getData(),
                            serializer.serialize(copy, String.class).getData());
                    org.junit.jupiter.api.Assertions.assertTrue(
                            serializer.serialize(copy, String.class).getData().contains("\"t2\""));
                });
    }

    private String accountId() {
        return AccountCommand.accountIdOf(userId);
    }

    private MoneyDeposited deposited(String transactionId, String amount, String balance) {
        return new MoneyDeposited(userId, transactionId, new BigDecimal(amount), new BigDecimal(balance));
    }
}
