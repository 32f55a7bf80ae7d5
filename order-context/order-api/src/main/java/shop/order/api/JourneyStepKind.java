package shop.order.api;

/** The steps an order can take, in the order of the flow: a journey lists its steps in this order when they tie. */
public enum JourneyStepKind {
    PLACED,
    PAYMENT_REQUESTED,
    ACCOUNT_CHARGED,
    PAYMENT_DECLINED,
    PAYMENT_COMPLETED,
    APPROVED,
    REJECTED,
    PAYMENT_REFUNDED,
    ACCOUNT_REFUNDED,
    EMAIL_SENT
}
