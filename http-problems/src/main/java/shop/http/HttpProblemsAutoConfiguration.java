package shop.http;

import java.util.List;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

@AutoConfiguration
public class HttpProblemsAutoConfiguration {

    @Bean
    public BadInputProblems badInputProblems() {
        return new BadInputProblems();
    }

    @Bean
    public RefusedCommandProblems refusedCommandProblems(List<Refusals<?>> refusals, MessagingUnavailable unavailable) {
        return new RefusedCommandProblems(refusals, unavailable);
    }

    /** In one JVM, without Axon Server, there is no connection to lose. */
    @Bean
    public MessagingUnavailable messagingUnavailable(ObjectProvider<AxonServerConnectionManager> axonServer) {
        return new MessagingUnavailable(() -> {
            AxonServerConnectionManager connections = axonServer.getIfAvailable();
            return connections == null || connections.isConnected(connections.getDefaultContext());
        });
    }

    @Bean
    public UnavailableProblems unavailableProblems(MessagingUnavailable unavailable) {
        return new UnavailableProblems(unavailable);
    }

    @Bean
    public GlobalOperationCustomizer errorsAreDocumentedAsProblems() {
        return ProblemDocumentation.errorsAreProblems();
    }

    @Bean
    public GlobalOpenApiCustomizer problemSchemaIsDocumented() {
        return ProblemDocumentation.problemSchema();
    }

    /**
     * Jackson turns {@code "10"} into a number and {@code 42} into a text unless told not to. A client that sends
     * the wrong type has made a mistake that it should hear about, not one the shop quietly repairs.
     */
    @Bean
    public JsonMapperBuilderCustomizer requestsTakeValuesOnlyOfTheirOwnType() {
        return json -> json
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }
}
