package shop.order.service.command;

import org.axonframework.common.caching.Cache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import shop.axon.RecentlyUsedCache;

/**
 * The {@value #CACHED} orders used last kept in a cache, so that deciding an order, milliseconds after it was placed
 * (seconds while the shop is behind), reads nothing from the event store. Safe for the reasons the accounts' cache
 * is: every command of one order goes to the same instance (Axon Server routes by the order id), a unit of work that
 * rolls back drops its order from the cache, and an order loaded stale would fail its append and be loaded again.
 */
@Configuration(proxyBeanMethods = false)
class OrderStorage {

    static final String CACHE = "orderCache";
    /** Ten seconds of orders at 200 a second; an order is a few hundred bytes. */
    static final int CACHED = 2_000;

    @Bean(CACHE)
    Cache orderCache() {
        return new RecentlyUsedCache(CACHED);
    }
}
