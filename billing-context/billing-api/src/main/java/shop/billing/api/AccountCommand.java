package shop.billing.api;

import java.util.UUID;

/**
 * A command to the account of one user. An account is known by its user, but it is not the same stream of
 * events as the user: its own aggregate identifier keeps the two apart in a shared event store.
 */
public sealed interface AccountCommand permits OpenAccount, DepositMoney, WithdrawMoney {

    UUID userId();

    static String accountIdOf(UUID userId) {
        return "account-" + userId;
    }
}
