package shop.wire;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A filled-in instance of any message type, built from its record components: every field set, nothing null, so
 * that a field lost or mistyped on the wire shows. The values are those that a serializer is likeliest to get
 * wrong: a money amount whose scale counts ({@code 12.50}), an instant with microseconds, and a list of two
 * different elements.
 */
final class Samples {

    private Samples() {
    }

    static Object of(Type type) {
        return of(type, "sample");
    }

    private static Object of(Type type, String name) {
        if (type instanceof ParameterizedType generic) {
            Type element = generic.getActualTypeArguments()[0];
            if (generic.getRawType() == List.class) {
                return List.of(of(element, name + "-1"), of(element, name + "-2"));
            }
            if (generic.getRawType() == Optional.class) {
                return Optional.of(of(element, name));
            }
            throw new IllegalArgumentException("no sample for " + type);
        }
        Class<?> plain = (Class<?>) type;
        if (plain == UUID.class) {
            return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
        } else if (plain == String.class) {
            return name + " ü";
        } else if (plain == BigDecimal.class) {
            return new BigDecimal("12.50");
        } else if (plain == Instant.class) {
            return Instant.parse("2026-11-25T10:15:30.123456Z");
        } else if (plain == long.class || plain == Long.class) {
            return 42L;
        } else if (plain == int.class || plain == Integer.class) {
            return 7;
        } else if (plain == boolean.class || plain == Boolean.class) {
            return true;
        } else if (plain.isEnum()) {
            Object[] constants = plain.getEnumConstants();
            return constants[constants.length - 1];
        } else if (plain.isRecord()) {
            return record(plain, name);
        }
        throw new IllegalArgumentException("no sample for " + type + " (" + name + "): teach Samples the type");
    }

    private static Object record(Class<?> type, String name) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = Arrays.stream(components)
                .map(component -> of(component.getGenericType(), name + "." + component.getName()))
                .toArray();
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a sample " + type.getName(), e);
        }
    }
}
