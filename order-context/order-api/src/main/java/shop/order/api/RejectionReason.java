package shop.order.api;

public enum RejectionReason {
    /** The account did not cover the price. */
    INSUFFICIENT_FUNDS,
    /** The user has no account. */
    NO_ACCOUNT,
    /** Billing gave no answer in time; money that it takes later is given back. */
    PAYMENT_TIMEOUT
}
