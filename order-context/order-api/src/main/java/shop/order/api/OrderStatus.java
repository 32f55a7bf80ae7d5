package shop.order.api;

public enum OrderStatus {
    PENDING,
    APPROVED,
    REJECTED
}
