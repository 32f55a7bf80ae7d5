package shop.contract;

import java.util.ServiceLoader;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives the contract's tests the one shop of this test run. It is started by the module's launcher when the first
 * test asks for it, and stopped when the run ends; every test class after the first finds it running.
 */
public final class TheShop implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestedShop.class;
    }

    @Override
    public TestedShop resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return of(context);
    }

    /** The shop of this run, started on first use. */
    public static TestedShop of(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(TestedShop.class, type -> Started.launch(), Started.class).shop();
    }

    /** Kept in the run's root store, which closes it, and with it the shop, when the run ends. */
    private record Started(TestedShop shop) implements AutoCloseable {

        static Started launch() {
            TestedShop.Launcher launcher = ServiceLoader.load(TestedShop.Launcher.class).findFirst().orElseThrow(
                    () -> new IllegalStateException("No shop to test: this module names no TestedShop.Launcher in "
                            + "META-INF/services/" + TestedShop.Launcher.class.getName()));
            try {
                return new Started(launcher.start());
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("The shop did not start: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() throws Exception {
            if (shop instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
    }
}
