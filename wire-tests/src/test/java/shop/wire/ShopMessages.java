package shop.wire;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.queryhandling.QueryHandler;

/**
 * What crosses a service boundary, found in the classes of the shop: the records of the api packages
 * ({@code shop.<context>.api}) by their part in a conversation, and the handlers of the services that take and
 * answer them. A command is a record with a {@code @TargetAggregateIdentifier}, a query one whose name starts with
 * {@code Find}, an event one that an event handler takes, a response one that a query or command handler answers
 * with, alone or in an {@code Optional} or a {@code List}.
 */
final class ShopMessages {

    /** A query handler: what it takes and what its method declares it answers, generics included. */
    record QueryHandling(Class<?> query, Type answer) {

        @Override
        public String toString() {
            return query.getSimpleName() + " -> " + answer.getTypeName().replaceAll("[a-z]+\\.", "");
        }
    }

    /** A command handler and the type of its result on the wire; {@code null} when it answers nothing. */
    record CommandHandling(Class<?> command, Class<?> result) {

        @Override
        public String toString() {
            return command.getSimpleName() + " -> " + (result == null ? "nothing" : result.getSimpleName());
        }
    }

    private static final Comparator<Class<?>> BY_NAME = Comparator.comparing(Class::getName);

    final Set<Class<?>> commands = new TreeSet<>(BY_NAME);
    final Set<Class<?>> queries = new TreeSet<>(BY_NAME);
    final Set<Class<?>> events = new TreeSet<>(BY_NAME);
    final Set<Class<?>> responses = new TreeSet<>(BY_NAME);
    final Set<Class<?>> enums = new TreeSet<>(BY_NAME);
    final List<QueryHandling> queryHandlers = new ArrayList<>();
    final List<CommandHandling> commandHandlers = new ArrayList<>();
    /** Service packages whose classes were read: proof that the handlers were there to find. */
    final Set<String> services = new TreeSet<>();

    private ShopMessages() {
    }

    static ShopMessages ofClasspath() {
        ShopMessages found = new ShopMessages();
        List<Class<?>> apiRecords = new ArrayList<>();
        Set<Class<?>> handledEvents = new HashSet<>();
        Set<Class<?>> answered = new HashSet<>();
        for (JavaClass javaClass : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("shop")) {
            String packageName = javaClass.getPackageName();
            if (packageName.matches("shop\\.[a-z]+\\.api")) {
                Class<?> type = javaClass.reflect();
                if (type.isRecord()) {
                    apiRecords.add(type);
                } else if (type.isEnum()) {
                    found.enums.add(type);
                }
            } else if (packageName.matches("shop\\.[a-z]+\\.service(\\..*)?")) {
                found.services.add(packageName.split("\\.")[1]);
                found.readHandlers(javaClass.reflect(), handledEvents, answered);
            }
        }
        for (Class<?> record : apiRecords) {
            if (isCommand(record)) {
                found.commands.add(record);
            } else if (record.getSimpleName().startsWith("Find")) {
                found.queries.add(record);
            } else if (handledEvents.contains(record)) {
                found.events.add(record);
            } else if (answered.contains(record)) {
                found.responses.add(record);
            }
        }
        found.queryHandlers.sort(Comparator.comparing(QueryHandling::toString));
        found.commandHandlers.sort(Comparator.comparing(CommandHandling::toString));
        return found;
    }

    private void readHandlers(Class<?> service, Set<Class<?>> handledEvents, Set<Class<?>> answered) {
        for (Method method : service.getDeclaredMethods()) {
            if (method.getParameterCount() == 0) {
                continue;
            }
            Class<?> message = method.getParameterTypes()[0];
            if (isHandler(method, EventHandler.class)) {
                handledEvents.add(message);
            }
            if (isHandler(method, QueryHandler.class)) {
                queryHandlers.add(new QueryHandling(message, method.getGenericReturnType()));
                collectClasses(method.getGenericReturnType(), answered);
            }
            if (isHandler(method, CommandHandler.class)) {
                Class<?> result = method.getReturnType() != void.class ? method.getReturnType()
                        : method.isAnnotationPresent(CreationPolicy.class) ? aggregateIdentifierOf(service)
                        : null;
                commandHandlers.add(new CommandHandling(message, result));
                collectClasses(method.getGenericReturnType(), answered);
            }
        }
        for (Constructor<?> constructor : service.getDeclaredConstructors()) {
            if (constructor.getParameterCount() > 0 && isHandler(constructor, CommandHandler.class)) {
                // a command that creates an aggregate answers with the new aggregate's identifier
                commandHandlers.add(new CommandHandling(constructor.getParameterTypes()[0],
                        aggregateIdentifierOf(service)));
            }
        }
    }

    private static Class<?> aggregateIdentifierOf(Class<?> aggregate) {
        for (Class<?> type = aggregate; type != null; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(AggregateIdentifier.class)) {
                    return field.getType();
                }
            }
        }
        throw new IllegalStateException(aggregate + " creates itself from a command but has no @AggregateIdentifier");
    }

    private static boolean isCommand(Class<?> record) {
        return Arrays.stream(record.getDeclaredFields()).anyMatch(ShopMessages::targetsAggregate)
                || Arrays.stream(record.getDeclaredMethods()).anyMatch(ShopMessages::targetsAggregate);
    }

    private static boolean targetsAggregate(AnnotatedElement element) {
        return element.isAnnotationPresent(TargetAggregateIdentifier.class);
    }

    /** Annotated with the handler annotation or with one that carries it, as {@code @SagaEventHandler} does. */
    private static boolean isHandler(Executable handler, Class<? extends Annotation> kind) {
        return Arrays.stream(handler.getAnnotations()).anyMatch(annotation -> carries(annotation, kind, new HashSet<>()));
    }

    private static boolean carries(Annotation annotation, Class<? extends Annotation> kind, Set<Class<?>> seen) {
        Class<? extends Annotation> type = annotation.annotationType();
        if (type.equals(kind)) {
            return true;
        }
        return seen.add(type) && !type.getName().startsWith("java.lang.annotation")
                && Arrays.stream(type.getAnnotations()).anyMatch(meta -> carries(meta, kind, seen));
    }

    private static void collectClasses(Type type, Set<Class<?>> into) {
        if (type instanceof Class<?> plain) {
            into.add(plain);
        } else if (type instanceof ParameterizedType generic) {
            collectClasses(generic.getRawType(), into);
            Arrays.stream(generic.getActualTypeArguments()).forEach(argument -> collectClasses(argument, into));
        }
    }
}
