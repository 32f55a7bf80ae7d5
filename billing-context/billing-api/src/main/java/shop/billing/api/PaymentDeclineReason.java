package shop.billing.api;

public enum PaymentDeclineReason {
    INSUFFICIENT_FUNDS,
    NO_ACCOUNT
}
