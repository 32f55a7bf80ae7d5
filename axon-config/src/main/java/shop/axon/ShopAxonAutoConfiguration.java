package shop.axon;

import java.util.Arrays;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.modelling.saga.ResourceInjector;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.springboot.TokenStoreProperties;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.AxonServerAutoConfiguration;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.axonframework.springboot.autoconfig.JpaAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryBuilderCustomizer;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * What every service of the shop, and the local launcher that runs them all, sets up the same way.
 */
@AutoConfiguration(before = {AxonAutoConfiguration.class, JpaAutoConfiguration.class, JdbcAutoConfiguration.class},
        after = AxonServerAutoConfiguration.class)
@EnableConfigurationProperties(TokenStoreProperties.class)
public class ShopAxonAutoConfiguration {

    static final String AXON_MAPPING_OVERRIDES = "META-INF/axon-orm.xml";

    @Bean
    @Primary
    public Serializer serializer(RevisionResolver revisionResolver) {
        return ShopSerializer.create(revisionResolver);
    }

    /**
     * Axon's default logs a failing event handler and moves on, which would lose an account opening or an
     * email for good. Propagating it makes a streaming processor retry the event, and a subscribing one fail
     * the command that published it.
     */
    @Bean
    public ConfigurerModule failingEventHandlersAreRetried() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }

    /**
     * The processor of each processing group tells its monitors only of the events its handlers take
     * ({@link HandledEventsMonitor}); a saga's processor, whose handlers Axon does not list by type, of every one.
     */
    @Bean
    public ConfigurerModule processorsMonitorTheEventsTheyHandle(ListableBeanFactory beans) {
        return configurer -> Arrays.stream(beans.getBeanNamesForAnnotation(ProcessingGroup.class))
                .map(bean -> beans.findAnnotationOnBean(bean, ProcessingGroup.class).value())
                .distinct()
                .forEach(group -> configurer.eventProcessing()
                        .registerMessageMonitorFactory(group, HandledEventsMonitor.factory()));
    }

    /**
     * Every streaming processor writes its token here once a batch, and the order saga writes itself once a step
     * ({@link CachedSagaStore}): plain statements on the Flyway tables, in the transaction of the batch, where Axon's
     * JPA stores went through Hibernate's session, its flushes and its entities for each of them. The connection is the one Axon's
     * {@link JdbcAutoConfiguration} provides: the transaction's own, so a token moves only with the batch it covers.
     */
    @Bean
    public TokenStore tokenStore(ConnectionProvider inTheTransaction, Serializer serializer,
                                 TokenStoreProperties tokens) {
        return JdbcTokenStore.builder()
                .connectionProvider(inTheTransaction)
                .schema(ProcessingTables.tokens())
                .serializer(serializer)
                .claimTimeout(tokens.getClaimTimeout())
                .build();
    }

    /**
     * Room for 2,000 sagas: an order's saga takes its few steps within seconds, so even at hundreds of orders a second
     * a few hundred are under way at a time.
     */
    @Bean
    public SagaStore<Object> sagaStore(ConnectionProvider inTheTransaction, Serializer serializer) {
        return new CachedSagaStore(inTheTransaction, ProcessingTables.sagas(), serializer, 2_000);
    }

    /** Replaces Axon's {@code SpringResourceInjector}, which resolves a saga's fields at every load of it. */
    @Bean
    public ResourceInjector sagaResources(AutowireCapableBeanFactory beans) {
        return new SagaResourcesFoundOnce(beans);
    }

    /** The events are stored in Axon Server, apart from each service's database, unless it is switched off. */
    @Bean
    public ReadYourWritesProjection readYourWritesProjection(
            @Value("${axon.axonserver.enabled:true}") boolean eventsInAxonServer) {
        return new ReadYourWritesProjection(eventsInAxonServer);
    }

    /** Named for the readiness group of the services: {@code management.endpoint.health.group.readiness}. */
    @Bean(name = "axonServerHealthIndicator")
    @ConditionalOnBean(AxonServerConnectionManager.class)
    public AxonServerHealthIndicator axonServerHealthIndicator(AxonServerConnectionManager connections) {
        return new AxonServerHealthIndicator(connections);
    }

    /** Named for the readiness groups: {@code management.endpoint.health.group.readiness}. */
    @Bean(name = "eventProcessorsHealthIndicator")
    public EventProcessorsHealthIndicator eventProcessorsHealthIndicator(EventProcessingConfiguration processing) {
        return new EventProcessorsHealthIndicator(processing);
    }

    @Bean
    public HibernatePropertiesCustomizer byteaForAxonBinaryColumns() {
        return properties -> properties.put("hibernate.dialect", ByteaPostgreSQLDialect.class.getName());
    }

    @Bean
    public EntityManagerFactoryBuilderCustomizer axonMappingOverrides() {
        return builder -> builder.setPersistenceUnitPostProcessors(
                unit -> unit.addMappingFileName(AXON_MAPPING_OVERRIDES));
    }
}
