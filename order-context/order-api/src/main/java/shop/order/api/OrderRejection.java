package shop.order.api;

/** Why a command to an order was refused: the details of its exceptional result. */
public enum OrderRejection {
    /** The order id is taken by an order of another user or price: an Idempotency-Key reused for another order. */
    ORDER_ID_REUSED,
    /** The order was approved or rejected already, the other way. */
    ORDER_DECIDED,
    /** Not positive, more than two decimals, or above a billion. */
    INVALID_PRICE
}
