package shop.order.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param outcomeWait    how long {@code POST /orders} waits for the outcome before it answers {@code 202 PENDING}
 * @param paymentTimeout how long an order waits for its payment before it is rejected
 */
@ConfigurationProperties("shop.orders")
public record OrderTimings(@DefaultValue("3s") Duration outcomeWait, @DefaultValue("30s") Duration paymentTimeout) {
}
