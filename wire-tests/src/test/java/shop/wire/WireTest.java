package shop.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryMessage;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import shop.wire.ShopMessages.CommandHandling;
import shop.wire.ShopMessages.QueryHandling;

/**
 * Every message that crosses a service boundary arrives as the type it left as, through the serializers of the
 * Axon Server connector: commands and their results, the details of a refused command, events, queries and their
 * answers, single, absent or many, and the initial results and updates of subscription queries. One case per
 * type, named by it.
 */
class WireTest {

    private static final ShopMessages SHOP = ShopMessages.ofClasspath();
    private final AxonServerWire wire = new AxonServerWire();

    @Test
    void theMessagesOfEveryServiceWereFound() {
        assertThat(SHOP.services).containsExactlyInAnyOrder("user", "billing", "order", "notification");
        assertThat(SHOP.commands).isNotEmpty();
        assertThat(SHOP.events).isNotEmpty();
        assertThat(SHOP.queries).isNotEmpty();
        assertThat(SHOP.responses).isNotEmpty();
        assertThat(SHOP.enums).isNotEmpty();
        assertThat(SHOP.queryHandlers).extracting(QueryHandling::query)
                .as("every query has a handler, whose answer the cases below send back")
                .containsAll(SHOP.queries);
        assertThat(SHOP.commandHandlers).extracting(CommandHandling::command)
                .as("every command has a handler, whose result the cases below send back")
                .containsAll(SHOP.commands);
    }

    @Test
    void everyQueryIsAnsweredByOneRecordOfItsApiModule() {
        List<QueryHandling> otherwise = SHOP.queryHandlers.stream()
                .filter(handler -> !(handler.answer() instanceof Class<?> answer && answer.isRecord()
                        && answer.getPackageName().equals(handler.query().getPackageName())))
                .toList();
        assertThat(otherwise).as("a bare List or Optional crosses Axon Server without the type of what it holds:"
                + " answer with a record of the api module, or null for nothing").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void aCommandArrivesAsItLeft(Class<?> command) {
        Object sent = Samples.of(command);

        CommandMessage<?> arrived = wire.sendCommand(sent);

        assertThat(arrived.getCommandName()).isEqualTo(command.getName());
        assertArrivedAs(arrived.getPayload(), sent);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandHandlers")
    void aCommandsResultComesBackAsItsType(CommandHandling handler) {
        Object result = handler.result() == null ? null : Samples.of(handler.result());

        CommandResultMessage<?> back = wire.answerCommand(result);

        assertThat(back.isExceptional()).isFalse();
        assertArrivedAs(back.getPayload(), result);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enums")
    void aRefusalComesBackWithItsReasonAsTheDetails(Class<?> reasons) {
        for (Object reason : reasons.getEnumConstants()) {
            CommandResultMessage<?> back = wire.answerCommand(new CommandExecutionException("refused", null, reason));

            assertThat(back.exceptionResult()).isInstanceOf(CommandExecutionException.class);
            Optional<Object> details = ((CommandExecutionException) back.exceptionResult()).getDetails();
            assertThat(details).containsInstanceOf(reasons).contains(reason);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void anEventIsReadBackAsItWasStored(Class<?> event) {
        Object stored = Samples.of(event);

        assertThat(wire.storedTypeOf(stored)).isEqualTo(event.getName());
        assertArrivedAs(wire.storeAndReadEvent(stored), stored);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queryHandlers")
    void aQueryArrivesAsItLeftAskingForWhatItsHandlerAnswers(QueryHandling handler) {
        Object sent = Samples.of(handler.query());
        ResponseType<?> askedFor = AxonServerWire.askedFor(handler.answer());

        QueryMessage<?, ?> arrived = wire.sendQuery(sent, askedFor);

        assertArrivedAs(arrived.getPayload(), sent);
        assertThat(arrived.getResponseType().matches(handler.answer()))
                .as("the response type that arrives, %s, matches the handler's %s", arrived.getResponseType(),
                        handler.answer())
                .isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queryHandlers")
    void anAnswerComesBackAsTheCallerAskedForIt(QueryHandling handler) {
        Object answer = Samples.of(handler.answer());

        Object back = wire.query(Samples.of(handler.query()), AxonServerWire.askedFor(handler.answer()), answer);

        assertArrivedAs(back, answer);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queryHandlers")
    void noAnswerComesBackAsNone(QueryHandling handler) {
        Object none = nothing(handler.answer());

        Object back = wire.query(Samples.of(handler.query()), AxonServerWire.askedFor(handler.answer()), none);

        assertThat(back).isEqualTo(none);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queryHandlers")
    void aSubscriptionQueryArrivesAsItLeft(QueryHandling handler) {
        Object sent = Samples.of(handler.query());
        ResponseType<?> updates = ResponseTypes.instanceOf(answered(handler.answer()));

        SubscriptionQueryMessage<?, ?, ?> arrived = wire.subscribe(sent, AxonServerWire.askedFor(handler.answer()),
                updates);

        assertArrivedAs(arrived.getPayload(), sent);
        assertThat(arrived.getUpdateResponseType().getExpectedResponseType())
                .isEqualTo(updates.getExpectedResponseType());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queryHandlers")
    void theInitialResultOfASubscriptionComesBackAsItsType(QueryHandling handler) {
        Object answer = Samples.of(handler.answer());

        Object back = wire.initialResult(Samples.of(handler.query()), AxonServerWire.askedFor(handler.answer()),
                ResponseTypes.instanceOf(answered(handler.answer())), answer);

        assertArrivedAs(back, answer);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queryHandlers")
    void noInitialResultComesBackAsNone(QueryHandling handler) {
        Object none = nothing(handler.answer());

        Object back = wire.initialResult(Samples.of(handler.query()), AxonServerWire.askedFor(handler.answer()),
                ResponseTypes.instanceOf(answered(handler.answer())), none);

        assertThat(back).isEqualTo(none);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("responses")
    void anUpdateComesBackAsItsType(Class<?> response) {
        Object update = Samples.of(response);

        assertArrivedAs(wire.update(update), update);
    }

    /** Equal, and of the same types all the way down: a map with the same entries is not the record. */
    private static void assertArrivedAs(Object back, Object sent) {
        assertThat(back).isEqualTo(sent);
        if (sent instanceof Optional<?> optional) {
            assertThat(back).isInstanceOf(Optional.class);
            optional.ifPresent(value -> assertArrivedAs(((Optional<?>) back).orElseThrow(), value));
        } else if (sent instanceof List<?> list) {
            assertThat(back).isInstanceOf(List.class);
            for (int i = 0; i < list.size(); i++) {
                assertArrivedAs(((List<?>) back).get(i), list.get(i));
            }
        } else if (sent instanceof Record record) {
            assertThat(back).isInstanceOf(record.getClass());
            for (var component : record.getClass().getRecordComponents()) {
                try {
                    assertArrivedAs(component.getAccessor().invoke(back), component.getAccessor().invoke(record));
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        } else if (sent != null) {
            assertThat(back).isInstanceOf(sent.getClass());
        }
    }

    /** The answer of a handler that has nothing to answer, as its declared type allows. */
    private static Object nothing(Type answer) {
        if (answer instanceof ParameterizedType generic && generic.getRawType() == Optional.class) {
            return Optional.empty();
        }
        if (answer instanceof ParameterizedType generic && List.class.isAssignableFrom((Class<?>) generic.getRawType())) {
            return List.of();
        }
        return null;
    }

    /** The record that a handler answers with, out of an {@code Optional} or a {@code List}. */
    private static Class<?> answered(Type answer) {
        return answer instanceof ParameterizedType generic
                ? (Class<?>) generic.getActualTypeArguments()[0]
                : (Class<?>) answer;
    }

    static Stream<Named<Class<?>>> commands() {
        return named(SHOP.commands);
    }

    static Stream<Named<Class<?>>> events() {
        return named(SHOP.events);
    }

    static Stream<Named<Class<?>>> responses() {
        return named(SHOP.responses);
    }

    static Stream<Named<Class<?>>> enums() {
        return named(SHOP.enums);
    }

    static Stream<QueryHandling> queryHandlers() {
        return SHOP.queryHandlers.stream();
    }

    static Stream<CommandHandling> commandHandlers() {
        return SHOP.commandHandlers.stream();
    }

    /** By the name in its package, so that a nested type keeps its outer one: {@code LedgerEntry$Type}. */
    private static Stream<Named<Class<?>>> named(Set<Class<?>> types) {
        return types.stream().map(type -> Named.of(type.getName().substring(type.getPackageName().length() + 1), type));
    }
}
