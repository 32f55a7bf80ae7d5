package shop.http;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.http.MediaType;

/**
 * In the OpenAPI of every service, every error that an operation declares is a problem+json document as this
 * module writes it, every operation that takes input declares the 400 that bad input gets, and every operation
 * declares the 503 it gets while its message cannot travel.
 */
final class ProblemDocumentation {

    static final String SCHEMA = "Problem";

    private ProblemDocumentation() {
    }

    static GlobalOperationCustomizer errorsAreProblems() {
        return (operation, handler) -> {
            ApiResponses responses = operation.getResponses();
            boolean takesInput = operation.getRequestBody() != null
                    || (operation.getParameters() != null && !operation.getParameters().isEmpty());
            if (takesInput && !responses.containsKey("400")) {
                responses.addApiResponse("400", new ApiResponse().description("Bad input, with the fields at fault"));
            }
            responses.addApiResponse("503", new ApiResponse()
                    .description("The message could not travel now (Axon Server or the handling service is away): "
                            + "send it again after Retry-After seconds")
                    .addHeaderObject("Retry-After", retryAfter()));
            responses.forEach((status, response) -> {
                if (status.equals("429")) {
                    // too busy (POST /orders): it says when to come back, as a 503 does
                    response.addHeaderObject("Retry-After", retryAfter());
                }
                if (status.startsWith("4") || status.equals("503")) {
                    response.setContent(new Content().addMediaType(MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            new io.swagger.v3.oas.models.media.MediaType()
                                    .schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA))));
                }
            });
            return operation;
        };
    }

    private static io.swagger.v3.oas.models.headers.Header retryAfter() {
        return new io.swagger.v3.oas.models.headers.Header().description("seconds to wait").schema(new IntegerSchema());
    }

    static GlobalOpenApiCustomizer problemSchema() {
        return openApi -> openApi.getComponents().addSchemas(SCHEMA, new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri"))
                .addProperty(BadInputProblems.ERRORS, new ArraySchema()
                        .description("the fields at fault, for bad input")
                        .items(new ObjectSchema()
                                .addProperty("field", new StringSchema())
                                .addProperty("message", new StringSchema())))
                .addProperty(RefusedCommandProblems.REASON, new StringSchema()
                        .description("why a command was refused, for a refused command")));
    }
}
