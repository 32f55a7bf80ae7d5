package shop.order.service.command;

import org.axonframework.modelling.command.Repository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import shop.axon.RecentlyUsedCache;
import shop.axon.SnapshotFreeRepository;

/**
 * How orders are loaded:
 * <ul>
 * <li>the {@value #CACHED} orders used last kept in a cache, so that deciding an order, milliseconds after it was
 * placed (seconds while the shop is behind), reads nothing from the event store. Safe for the reasons the accounts'
 * cache is: every command of one order goes to the same instance (Axon Server routes by the order id), a unit of
 * work that rolls back drops its order from the cache, and an order loaded stale would fail its append and be loaded
 * again;</li>
 * <li>an order not in the cache read from its first event, without asking for a snapshot: an order takes none.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class OrderStorage {

    static final String REPOSITORY = "orderRepository";
    /** Ten seconds of orders at 200 a second; an order is a few hundred bytes. */
    static final int CACHED = 2_000;

    @Bean(REPOSITORY)
    Repository<Order> orderRepository(org.axonframework.config.Configuration axon) {
        return SnapshotFreeRepository.of(Order.class, axon, new RecentlyUsedCache(CACHED));
    }
}
