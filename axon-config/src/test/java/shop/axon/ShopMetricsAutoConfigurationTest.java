package shop.axon;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.springboot.autoconfig.MicrometerMetricsAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ShopMetricsAutoConfigurationTest {

    /** What a service configures for its meters, as its auto-configurations do. */
    private static final AutoConfigurations BOOT_AND_AXON = AutoConfigurations.of(MetricsAutoConfiguration.class,
            PrometheusMetricsExportAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
            CompositeMeterRegistryAutoConfiguration.class, MicrometerMetricsAutoConfiguration.class);

    private final ApplicationContextRunner service = new ApplicationContextRunner()
            .withConfiguration(BOOT_AND_AXON)
            .withConfiguration(AutoConfigurations.of(ShopMetricsAutoConfiguration.class));

    @Test
    void axonsMetersAreKeptInTheRegistryThatIsScraped_andInNoOther() {
        service.run(context -> {
            assertThat(context.getBeansOfType(MeterRegistry.class).values())
                    .singleElement().isInstanceOf(PrometheusMeterRegistry.class);
            assertThat(context.getBean(GlobalMetricRegistry.class).getRegistry())
                    .isSameAs(context.getBean(PrometheusMeterRegistry.class));
        });
    }

    @Test
    void withoutIt_axonMakesARegistryOfItsOwn_thatOnlyBootsCompositeReads() {
        new ApplicationContextRunner().withConfiguration(BOOT_AND_AXON).run(context -> {
            assertThat(context.getBeansOfType(MeterRegistry.class).values())
                    .hasAtLeastOneElementOfType(SimpleMeterRegistry.class);
            assertThat(context.getBean(GlobalMetricRegistry.class).getRegistry())
                    .isNotInstanceOf(PrometheusMeterRegistry.class);
        });
    }

    @Test
    void axonsTimersAreScrapedWithCountSumAndMax_withoutPercentilesOfTheirOwn() {
        service.run(context -> {
            MessageMonitor<? super CommandMessage<?>> commandBus =
                    context.getBean(GlobalMetricRegistry.class).registerCommandBus("commandBus");
            commandBus.onMessageIngested(GenericCommandMessage.asCommandMessage(new ShelveBook("Dune")))
                    .reportSuccess();

            String scraped = context.getBean(PrometheusMeterRegistry.class).scrape();

            assertThat(scraped).contains(
                    "commandBus_successTimer_seconds_count 1",
                    "commandBus_successTimer_seconds_sum ",
                    "commandBus_successTimer_seconds_max ");
            assertThat(scraped).doesNotContain("quantile", "percentile");
        });
    }

    @Test
    void otherTimersKeepThePercentilesTheyAskFor() {
        service.run(context -> {
            PrometheusMeterRegistry registry = context.getBean(PrometheusMeterRegistry.class);
            Timer.builder("http.server.requests").publishPercentiles(0.99).register(registry)
                    .record(Duration.ofMillis(3));

            assertThat(registry.scrape()).contains("http_server_requests_seconds{quantile=\"0.99\"}");
        });
    }

    record ShelveBook(String title) {
    }
}
