package shop.order.service.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.UUID;

record PlaceOrderRequest(
        @NotNull UUID userId,
        @NotNull
        @DecimalMin(value = "0.01", message = "must be greater than zero")
        @DecimalMax(value = "1000000000", message = "must be at most 1000000000")
        @Digits(integer = 10, fraction = 2, message = "must have at most two decimal places")
        BigDecimal price) {
}
