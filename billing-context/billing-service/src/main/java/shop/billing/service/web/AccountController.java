package shop.billing.service.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import shop.billing.api.AccountBalance;
import shop.billing.api.DepositMoney;
import shop.billing.api.FindAccount;
import shop.billing.api.FindLedger;
import shop.billing.api.Ledger;
import shop.billing.api.LedgerEntry;
import shop.billing.api.WithdrawMoney;

@RestController
@RequestMapping(path = "/billing/accounts/{userId}", produces = MediaType.APPLICATION_JSON_VALUE)
class AccountController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final CommandGateway commands;
    private final QueryGateway queries;

    AccountController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @Operation(summary = "The balance of the user's account")
    @ApiResponse(responseCode = "200", description = "The account", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "No account (yet: it opens moments after the user registers)")
    @GetMapping
    AccountBalance get(@PathVariable UUID userId) {
        return Optional.ofNullable(
                        queries.query(new FindAccount(userId), ResponseTypes.instanceOf(AccountBalance.class)).join())
                .orElseThrow(() -> noAccount(userId));
    }

    @Operation(summary = "Deposits money; the same Idempotency-Key deposits once and answers the same")
    @ApiResponse(responseCode = "200", description = "The account after the deposit", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "No account")
    @ApiResponse(responseCode = "422", description = "The Idempotency-Key was used for another amount or operation")
    @PostMapping("/deposit")
    AccountBalance deposit(@PathVariable UUID userId, @Valid @RequestBody AmountRequest request,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Size(min = 1, max = 128) String key) {
        return commands.sendAndWait(new DepositMoney(userId, transactionId(key), request.amount()));
    }

    @Operation(summary = "Withdraws money; never below zero; the same Idempotency-Key withdraws once")
    @ApiResponse(responseCode = "200", description = "The account after the withdrawal", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "No account")
    @ApiResponse(responseCode = "409", description = "Insufficient funds: the balance is unchanged")
    @ApiResponse(responseCode = "422", description = "The Idempotency-Key was used for another amount or operation")
    @PostMapping("/withdraw")
    AccountBalance withdraw(@PathVariable UUID userId, @Valid @RequestBody AmountRequest request,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Size(min = 1, max = 128) String key) {
        return commands.sendAndWait(new WithdrawMoney(userId, transactionId(key), request.amount()));
    }

    @Operation(summary = "The ledger of the account: deposits, withdrawals, order payments and refunds, newest first")
    @ApiResponse(responseCode = "200", description = "The ledger", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "No account")
    @GetMapping("/transactions")
    List<LedgerEntry> transactions(@PathVariable UUID userId) {
        get(userId);
        return queries.query(new FindLedger(userId), ResponseTypes.instanceOf(Ledger.class)).join().entries();
    }

    /** A client's key names the transaction, so that its retries reach the account as the same one. */
    private static String transactionId(String idempotencyKey) {
        return idempotencyKey == null ? UUID.randomUUID().toString() : "key:" + idempotencyKey;
    }

    private static ResponseStatusException noAccount(UUID userId) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "The user " + userId + " has no account.");
    }
}
