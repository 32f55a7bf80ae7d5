package shop.billing.api;

/**
 * Why billing refused a command: the details of the command's exceptional result, so that the caller learns it
 * whether the command ran in its own JVM or came back through Axon Server.
 */
public enum BillingRejection {
    ACCOUNT_NOT_FOUND,
    ACCOUNT_ALREADY_OPEN,
    INSUFFICIENT_FUNDS,
    INVALID_AMOUNT,
    /** A refund for an order that was not charged, or not that amount. */
    NOTHING_TO_REFUND,
    /** The transaction id was used before for another operation or another amount. */
    TRANSACTION_ID_REUSED,
    /** A payment that is not complete cannot be refunded. */
    PAYMENT_NOT_COMPLETED
}
