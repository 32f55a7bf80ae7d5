package shop.wire;

import com.google.protobuf.ByteString;
import io.axoniq.axonserver.grpc.command.Command;
import io.axoniq.axonserver.grpc.command.CommandResponse;
import io.axoniq.axonserver.grpc.event.Event;
import io.axoniq.axonserver.grpc.query.QueryRequest;
import io.axoniq.axonserver.grpc.query.QueryResponse;
import io.axoniq.axonserver.grpc.query.SubscriptionQuery;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.command.CommandSerializer;
import org.axonframework.axonserver.connector.event.axon.GrpcBackedDomainEventData;
import org.axonframework.axonserver.connector.query.QuerySerializer;
import org.axonframework.axonserver.connector.query.subscription.SubscriptionMessageSerializer;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.GenericQueryResponseMessage;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.GenericSubscriptionQueryUpdateMessage;
import org.axonframework.queryhandling.QueryMessage;
import org.axonframework.queryhandling.QueryResponseMessage;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import shop.axon.ShopSerializer;

/**
 * The way between two services through Axon Server, without the server: the connector's own serializers,
 * configured as a service configures them (the shop's serializer for messages and for everything else), and on
 * each side what the buses and gateways do with what arrives. What the server itself does is pass the gRPC
 * messages on unchanged, so leaving it out loses nothing that could change a type.
 */
final class AxonServerWire {

    private final Serializer serializer = ShopSerializer.create();
    private final AxonServerConfiguration configuration = new AxonServerConfiguration();
    private final CommandSerializer commands = new CommandSerializer(serializer, configuration);
    private final QuerySerializer queries = new QuerySerializer(serializer, serializer, configuration);
    private final SubscriptionMessageSerializer subscriptions =
            new SubscriptionMessageSerializer(serializer, serializer, configuration);

    /** What a caller asks for when the handler declares {@code answer}: as the gateways' users would. */
    static ResponseType<?> askedFor(Type answer) {
        if (answer instanceof ParameterizedType generic) {
            Class<?> element = (Class<?>) generic.getActualTypeArguments()[0];
            if (generic.getRawType() == Optional.class) {
                return ResponseTypes.optionalInstanceOf(element);
            }
            if (List.class.isAssignableFrom((Class<?>) generic.getRawType())) {
                return ResponseTypes.multipleInstancesOf(element);
            }
        }
        return ResponseTypes.instanceOf((Class<?>) answer);
    }

    /** The command as the handling service receives it. */
    CommandMessage<?> sendCommand(Object command) {
        Command sent = commands.serialize(GenericCommandMessage.asCommandMessage(command), "routing-key", 0);
        return commands.deserialize(sent);
    }

    /** The result of a command, {@code null} for none, as the sender's gateway gets it. */
    CommandResultMessage<?> answerCommand(Object result) {
        CommandResultMessage<?> answered = result instanceof Throwable failure
                ? GenericCommandResultMessage.asCommandResultMessage(failure)
                : new GenericCommandResultMessage<>(result);
        CommandResponse response = commands.serialize(answered, "command-id");
        return commands.deserialize(response);
    }

    /** The payload of an event as a processor reads it back from the event store. */
    Object storeAndReadEvent(Object event) {
        Event stored = store(event);
        return serializer.deserialize(new GrpcBackedDomainEventData(stored).getPayload());
    }

    /** What the event store keeps as the payload's type: the name that every reader resolves. */
    String storedTypeOf(Object event) {
        return store(event).getPayload().getType();
    }

    /** As the connector's event store appends an event: the payload serialized, typed by its class and revision. */
    private Event store(Object event) {
        GenericDomainEventMessage<?> message = new GenericDomainEventMessage<>("Aggregate", "aggregate-1", 0, event);
        SerializedObject<byte[]> payload = message.serializePayload(serializer, byte[].class);
        return Event.newBuilder()
                .setMessageIdentifier(message.getIdentifier())
                .setAggregateIdentifier(message.getAggregateIdentifier())
                .setAggregateSequenceNumber(message.getSequenceNumber())
                .setAggregateType(message.getType())
                .setTimestamp(message.getTimestamp().toEpochMilli())
                .setPayload(io.axoniq.axonserver.grpc.SerializedObject.newBuilder()
                        .setType(payload.getType().getName())
                        .setRevision(Objects.requireNonNullElse(payload.getType().getRevision(), ""))
                        .setData(ByteString.copyFrom(payload.getData())))
                .build();
    }

    /** The query as the handling service receives it. */
    QueryMessage<?, ?> sendQuery(Object query, ResponseType<?> askedFor) {
        return queries.deserializeRequest(queries.serializeRequest(new GenericQueryMessage<>(query, askedFor), 1, 1000, 0));
    }

    /**
     * A query asked with {@code askedFor}, answered by a handler with {@code answer} (what its method returns):
     * what the caller's gateway hands the caller.
     */
    Object query(Object query, ResponseType<?> askedFor, Object answer) {
        QueryRequest request = queries.serializeRequest(new GenericQueryMessage<>(query, askedFor), 1, 1000, 0);
        QueryResponse response = queries.serializeResponse(
                handle(queries.deserializeRequest(request), answer), request.getMessageIdentifier());
        return queries.deserializeResponse(response, askedFor).getPayload();
    }

    /** The subscription query as the handling service registers it for updates. */
    SubscriptionQueryMessage<?, ?, ?> subscribe(Object query, ResponseType<?> initial, ResponseType<?> updates) {
        SubscriptionQueryMessage<?, ?, ?> sent = new GenericSubscriptionQueryMessage<>(query, initial, updates);
        SubscriptionQuery forwarded = SubscriptionQuery.newBuilder()
                .setSubscriptionIdentifier(sent.getIdentifier())
                .setQueryRequest(subscriptions.serializeQuery(sent))
                .setUpdateResponseType(subscriptions.serializeUpdateType(sent))
                .build();
        return subscriptions.deserialize(forwarded);
    }

    /**
     * The initial result of a subscription query, answered by a handler with {@code answer}: Axon Server asks the
     * handler as it would any query, and the caller's gateway takes the payload as it comes, without converting it
     * (a {@code null} payload it drops: then there is no initial result).
     */
    Object initialResult(Object query, ResponseType<?> initial, ResponseType<?> updates, Object answer) {
        QueryRequest request = subscriptions.serializeQuery(new GenericSubscriptionQueryMessage<>(query, initial, updates));
        QueryResponse response = queries.serializeResponse(
                handle(queries.deserializeRequest(request), answer), request.getMessageIdentifier());
        return subscriptions.deserialize(response).getPayload();
    }

    /** An update that the handling side emits, as the subscriber's gateway hands it on. */
    Object update(Object update) {
        return subscriptions.deserialize(subscriptions.serialize(GenericSubscriptionQueryUpdateMessage.asUpdateMessage(update)))
                .getPayload();
    }

    /**
     * What the handling side's query bus makes of a handler's answer: an {@code Optional} unwrapped, as an annotated
     * handler does, then converted to the response type that arrived with the query.
     */
    private static <R> QueryResponseMessage<R> handle(QueryMessage<?, R> arrived, Object answer) {
        Object handed = answer instanceof Optional<?> optional ? optional.orElse(null) : answer;
        ResponseType<R> responseType = arrived.getResponseType();
        return GenericQueryResponseMessage.asNullableResponseMessage(
                responseType.responseMessagePayloadType(), responseType.convert(handed));
    }
}
