package shop.axon;

import io.micrometer.core.instrument.config.MeterFilter;
import org.axonframework.springboot.autoconfig.MicrometerMetricsAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Where the meters of every service go: Axon's into the registry that {@code /actuator/prometheus} serves, and only
 * there.
 *
 * <p>Axon 4.13 orders its metrics configuration after Spring Boot's registries by their Spring Boot 3 class names.
 * Boot 4 moved those classes, so Axon's configuration came first, found no registry and made a
 * {@code SimpleMeterRegistry} of its own. Boot then put that one and Prometheus's in a composite, and every meter of
 * the shop, Axon's and Spring's, was recorded twice: once where no one reads it. Placed after Boot's registries and
 * before Axon's configuration, this one puts the two back in that order.
 */
@AutoConfiguration(after = CompositeMeterRegistryAutoConfiguration.class,
        before = MicrometerMetricsAutoConfiguration.class)
public class ShopMetricsAutoConfiguration {

    @Bean
    public MeterFilter axonTimersWithoutPercentiles() {
        return new AxonTimersWithoutPercentiles();
    }
}
