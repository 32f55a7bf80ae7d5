package shop.order.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param outcomeWait    how long {@code POST /orders} waits for the outcome before it answers {@code 202 PENDING}
 * @param paymentTimeout how long an order waits for its payment before it is rejected
 * @param backlogLimit   new orders are refused at the door while a new order would wait longer than this for its
 *                       outcome; well under {@code paymentTimeout}, so that an order taken is decided in time
 */
@ConfigurationProperties("shop.orders")
public record OrderTimings(@DefaultValue("3s") Duration outcomeWait, @DefaultValue("30s") Duration paymentTimeout,
        @DefaultValue("5s") Duration backlogLimit) {
}
