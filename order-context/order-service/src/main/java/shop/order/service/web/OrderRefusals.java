package shop.order.service.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import shop.http.Refusals;
import shop.order.api.OrderRejection;

@Component
class OrderRefusals implements Refusals<OrderRejection> {

    @Override
    public Class<OrderRejection> reasons() {
        return OrderRejection.class;
    }

    @Override
    public HttpStatus status(OrderRejection reason) {
        return switch (reason) {
            case ORDER_ID_REUSED -> HttpStatus.UNPROCESSABLE_CONTENT;
            case ORDER_DECIDED -> HttpStatus.CONFLICT;
            case INVALID_PRICE -> HttpStatus.BAD_REQUEST;
        };
    }

    @Override
    public String title(OrderRejection reason) {
        return switch (reason) {
            case ORDER_ID_REUSED -> "Idempotency-Key reused";
            case ORDER_DECIDED -> "Order already decided";
            case INVALID_PRICE -> "Invalid price";
        };
    }
}
