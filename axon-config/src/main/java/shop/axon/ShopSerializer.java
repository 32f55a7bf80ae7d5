package shop.axon;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import tools.jackson.databind.jsontype.PolymorphicTypeValidator;

/**
 * The one serializer of every message, token and saga in the shop: JSON through Jackson 3.
 * <p>
 * Two settings are not optional. Replay and merged tracking tokens hold other tokens typed by class name, and
 * Jackson 3 refuses any class name that no validator allows, so a replay would fail the first time it is read
 * back. Sagas keep their state in private fields without getters, which Jackson would otherwise silently drop.
 */
public final class ShopSerializer {

    static final String SHOP_PACKAGES = "shop.";
    static final String AXON_PACKAGES = "org.axonframework.";

    private ShopSerializer() {
    }

    public static Serializer create(RevisionResolver revisionResolver) {
        return Jackson3Serializer.builder()
                .revisionResolver(revisionResolver)
                .jsonMapperBuilderCustomizer(mapper -> mapper
                        .polymorphicTypeValidator(typesThatMayBeNamedInJson())
                        .changeDefaultVisibility(visibility -> visibility
                                .withFieldVisibility(Visibility.ANY)
                                .withGetterVisibility(Visibility.NONE)
                                .withIsGetterVisibility(Visibility.NONE)))
                .build();
    }

    public static Serializer create() {
        return create(new org.axonframework.serialization.AnnotationRevisionResolver());
    }

    private static PolymorphicTypeValidator typesThatMayBeNamedInJson() {
        return BasicPolymorphicTypeValidator.builder()
                .allowIfSubType(AXON_PACKAGES)
                .allowIfSubType(SHOP_PACKAGES)
                .build();
    }
}
