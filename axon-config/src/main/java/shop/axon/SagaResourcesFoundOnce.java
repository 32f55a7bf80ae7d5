package shop.axon;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.modelling.saga.ResourceInjector;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.util.ReflectionUtils;

/**
 * Gives each saga loaded from its store the beans that its {@code @Autowired} fields ask for, as Axon's
 * {@code SpringResourceInjector} does, but finds them once for each saga class instead of at every load.
 *
 * <p>A saga is loaded for every event it takes (four times an order), and Spring's injector resolves each of its
 * fields through the bean factory every time: 1.4% of the local shop's samples at 50 orders/s. What the first load
 * found holds for the later ones only if each bean is a singleton, so any other scope, and injection through a
 * method, is refused at the first load.
 */
final class SagaResourcesFoundOnce implements ResourceInjector {

    private final AutowireCapableBeanFactory beans;
    private final Map<Class<?>, List<FieldResource>> resourcesBySaga = new ConcurrentHashMap<>();

    SagaResourcesFoundOnce(AutowireCapableBeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public void injectResources(Object saga) {
        for (FieldResource resource : resourcesBySaga.computeIfAbsent(saga.getClass(), this::find)) {
            ReflectionUtils.setField(resource.field(), saga, resource.bean());
        }
    }

    private List<FieldResource> find(Class<?> sagaType) {
        ReflectionUtils.doWithMethods(sagaType, method -> {
            throw new IllegalStateException(sagaType.getName() + " asks for a resource through " + method.getName()
                    + "(); only its fields are given one");
        }, method -> method.isAnnotationPresent(Autowired.class));
        List<FieldResource> found = new ArrayList<>();
        ReflectionUtils.doWithFields(sagaType, field -> found.add(new FieldResource(field, singleton(sagaType, field))),
                field -> field.isAnnotationPresent(Autowired.class));
        return List.copyOf(found);
    }

    private Object singleton(Class<?> sagaType, Field field) {
        Set<String> names = new LinkedHashSet<>();
        Object bean = beans.resolveDependency(
                new DependencyDescriptor(field, field.getAnnotation(Autowired.class).required()), null, names, null);
        for (String name : names) {
            if (!beans.isSingleton(name)) {
                throw new IllegalStateException(sagaType.getName() + "." + field.getName() + " asks for bean '" + name
                        + "', which is not a singleton: each load of the saga would need a bean of its own");
            }
        }
        ReflectionUtils.makeAccessible(field);
        return bean;
    }

    private record FieldResource(Field field, Object bean) {
    }
}
