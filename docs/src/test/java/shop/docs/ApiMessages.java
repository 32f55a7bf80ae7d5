package shop.docs;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.RoutingKey;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.queryhandling.QueryHandler;

/**
 * The messages that the api modules publish, found in their classes, and each one's kind:
 * <ul>
 * <li>a <b>command</b> is a record with a routing key, on a component or on a method: a
 * {@code @TargetAggregateIdentifier}, or a {@code @RoutingKey} for a command that no aggregate takes alone;</li>
 * <li>a <b>query</b> is a record whose name starts with {@code Find};</li>
 * <li>an <b>event</b> is a record that some event handler of a service ({@code @EventHandler},
 * {@code @EventSourcingHandler}, {@code @SagaEventHandler}) takes as its first parameter;</li>
 * <li>a <b>response</b> is a record that a query or command handler of a service answers with, alone or in an
 * {@code Optional} or a {@code List}.</li>
 * </ul>
 * A record that is none of these but that a message carries in a field, alone or in a list, is a {@link #parts
 * part}: it travels only inside others. Any other record of an api module is {@link #unclassified}: a message
 * that no service handles.
 */
final class ApiMessages {

    enum Kind { COMMAND, EVENT, QUERY, RESPONSE }

    record Message(Class<?> type, Kind kind) {

        String name() {
            return type.getName();
        }

        String context() {
            return type.getPackageName().split("\\.")[1];
        }

        List<String> fields() {
            return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
        }
    }

    /** By class name. */
    final Map<String, Message> messages = new TreeMap<>();
    /** By class name: records that travel only as fields of messages. */
    final Map<String, Class<?>> parts = new TreeMap<>();
    final List<Class<?>> unclassified = new ArrayList<>();
    /** The enums of the api modules: the values that messages carry, and the details of rejections. */
    final List<Class<?>> enums = new ArrayList<>();
    /** The service packages whose classes were read. */
    final Set<String> servicePackages = new HashSet<>();

    private ApiMessages() {
    }

    static ApiMessages ofClasspath() {
        JavaClasses shop = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("shop");
        List<Class<?>> apiRecords = new ArrayList<>();
        List<Class<?>> serviceClasses = new ArrayList<>();
        List<Class<?>> enums = new ArrayList<>();
        for (JavaClass javaClass : shop) {
            String packageName = javaClass.getPackageName();
            if (packageName.matches("shop\\.[a-z]+\\.api")) {
                Class<?> type = javaClass.reflect();
                if (type.isRecord()) {
                    apiRecords.add(type);
                } else if (type.isEnum()) {
                    enums.add(type);
                }
            } else if (packageName.matches("shop\\.[a-z]+\\.service(\\..*)?")) {
                serviceClasses.add(javaClass.reflect());
            }
        }
        ApiMessages found = classify(apiRecords, serviceClasses);
        found.enums.addAll(enums);
        return found;
    }

    static ApiMessages classify(List<Class<?>> apiRecords, List<Class<?>> serviceClasses) {
        ApiMessages found = new ApiMessages();
        Set<Class<?>> handledEvents = new HashSet<>();
        Set<Class<?>> answers = new HashSet<>();
        for (Class<?> service : serviceClasses) {
            found.servicePackages.add(String.join(".", Arrays.copyOf(service.getPackageName().split("\\."), 3)));
            for (Method method : service.getDeclaredMethods()) {
                if (isHandler(method, EventHandler.class) && method.getParameterCount() > 0) {
                    handledEvents.add(method.getParameterTypes()[0]);
                }
                if (isHandler(method, QueryHandler.class) || isHandler(method, CommandHandler.class)) {
                    collectTypes(method.getGenericReturnType(), answers);
                }
            }
        }
        List<Class<?>> others = new ArrayList<>();
        for (Class<?> record : apiRecords) {
            Kind kind;
            if (isCommand(record)) {
                kind = Kind.COMMAND;
            } else if (record.getSimpleName().startsWith("Find")) {
                kind = Kind.QUERY;
            } else if (handledEvents.contains(record)) {
                kind = Kind.EVENT;
            } else if (answers.contains(record)) {
                kind = Kind.RESPONSE;
            } else {
                others.add(record);
                continue;
            }
            found.messages.put(record.getName(), new Message(record, kind));
        }
        Set<Class<?>> carried = new HashSet<>();
        found.messages.values().forEach(message -> collectCarried(message.type(), carried));
        for (Class<?> record : others) {
            if (carried.contains(record)) {
                found.parts.put(record.getName(), record);
            } else {
                found.unclassified.add(record);
            }
        }
        return found;
    }

    /** The types of the record's fields, through generics, and of their fields in turn. */
    private static void collectCarried(Class<?> record, Set<Class<?>> into) {
        for (RecordComponent component : record.getRecordComponents()) {
            Set<Class<?>> types = new HashSet<>();
            collectTypes(component.getGenericType(), types);
            for (Class<?> type : types) {
                if (type.isRecord() && into.add(type)) {
                    collectCarried(type, into);
                }
            }
        }
    }

    private static boolean isCommand(Class<?> record) {
        return Arrays.stream(record.getDeclaredFields()).anyMatch(ApiMessages::isRoutingKey)
                || Arrays.stream(record.getDeclaredMethods()).anyMatch(ApiMessages::isRoutingKey);
    }

    private static boolean isRoutingKey(java.lang.reflect.AnnotatedElement member) {
        return member.isAnnotationPresent(TargetAggregateIdentifier.class) || member.isAnnotationPresent(RoutingKey.class);
    }

    /** Annotated with the handler annotation itself or with one that carries it, as {@code @SagaEventHandler} does. */
    private static boolean isHandler(Method method, Class<? extends Annotation> handler) {
        return Arrays.stream(method.getAnnotations()).anyMatch(annotation -> carries(annotation, handler, new HashSet<>()));
    }

    private static boolean carries(Annotation annotation, Class<? extends Annotation> handler, Set<Class<?>> seen) {
        Class<? extends Annotation> type = annotation.annotationType();
        if (type.equals(handler)) {
            return true;
        }
        if (!seen.add(type) || type.getName().startsWith("java.lang.annotation")) {
            return false;
        }
        return Arrays.stream(type.getAnnotations()).anyMatch(meta -> carries(meta, handler, seen));
    }

    private static void collectTypes(Type type, Set<Class<?>> into) {
        if (type instanceof Class<?> plain) {
            into.add(plain);
        } else if (type instanceof ParameterizedType generic) {
            collectTypes(generic.getRawType(), into);
            Arrays.stream(generic.getActualTypeArguments()).forEach(argument -> collectTypes(argument, into));
        } else if (type instanceof WildcardType wildcard) {
            Arrays.stream(wildcard.getUpperBounds()).forEach(bound -> collectTypes(bound, into));
        }
    }
}
