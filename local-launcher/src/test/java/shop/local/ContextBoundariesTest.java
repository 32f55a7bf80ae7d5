package shop.local;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A context reaches another only through that one's api module: its published commands, events and queries.
 * Nothing in one context may touch another's aggregates, projections or web layer, and the api modules depend
 * on no service at all.
 */
class ContextBoundariesTest {

    static final List<String> CONTEXTS = List.of("user", "billing", "order", "notification");

    private final JavaClasses shop = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("shop");

    @TestFactory
    Stream<DynamicTest> noContextReachesIntoAnothersService() {
        return CONTEXTS.stream().flatMap(context -> CONTEXTS.stream()
                .filter(other -> !other.equals(context))
                .map(other -> DynamicTest.dynamicTest(context + " does not use the service of " + other, () ->
                        rule(noClasses().that().resideInAPackage("shop." + context + "..")
                                .should().dependOnClassesThat().resideInAPackage("shop." + other + ".service..")))));
    }

    @TestFactory
    Stream<DynamicTest> apiModulesDependOnNoService() {
        return CONTEXTS.stream().map(context -> DynamicTest.dynamicTest("the " + context + " api", () ->
                rule(noClasses().that().resideInAPackage("shop." + context + ".api..")
                        .should().dependOnClassesThat().resideInAnyPackage("shop.*.service..", "shop.local.."))));
    }

    @TestFactory
    Stream<DynamicTest> theImportedCodeHoldsEveryServiceThatExists() {
        // guards the rules above against passing on an empty import
        return CONTEXTS.stream().map(context -> DynamicTest.dynamicTest(context, () ->
                org.assertj.core.api.Assertions.assertThat(shop.containPackage("shop." + context + ".service"))
                        .isTrue()));
    }

    private void rule(ArchRule rule) {
        rule.allowEmptyShould(true).check(shop);
    }
}
