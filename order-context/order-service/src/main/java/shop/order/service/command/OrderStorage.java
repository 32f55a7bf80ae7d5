package shop.order.service.command;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The orders in use kept in a cache, so that deciding an order, a few milliseconds after it was placed, reads
 * nothing from the event store. Safe for the reasons the accounts' cache is: every command of one order goes to the
 * same instance (Axon Server routes by the order id), a unit of work that rolls back drops its order from the
 * cache, and an order loaded stale would fail its append and be loaded again.
 */
@Configuration(proxyBeanMethods = false)
class OrderStorage {

    static final String CACHE = "orderCache";

    @Bean(CACHE)
    Cache orderCache() {
        return new WeakReferenceCache();
    }
}
