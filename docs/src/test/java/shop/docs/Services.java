package shop.docs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The four services of the shop: where their modules lie, what their classes are, which paths they serve. */
enum Services {

    USER("user", "/users"),
    BILLING("billing", "/billing"),
    ORDER("order", "/orders"),
    NOTIFICATION("notification", "/notifications");

    static final List<Services> ALL = List.of(values());

    final String context;
    final String pathPrefix;

    Services(String context, String pathPrefix) {
        this.context = context;
        this.pathPrefix = pathPrefix;
    }

    String serviceName() {
        return context + "-service";
    }

    /** The module of the service, as the checkout has it, whether or not it is built yet. */
    Path module() {
        return Docs.projectRoot().resolve(context + "-context").resolve(serviceName());
    }

    boolean moduleExists() {
        return Files.isRegularFile(module().resolve("pom.xml"));
    }

    /** The service's package, when its classes are on the test's classpath (through the local launcher). */
    String servicePackage() {
        return "shop." + context + ".service";
    }

    String apiPackage() {
        return "shop." + context + ".api";
    }

    boolean servesPath(String path) {
        return path.equals(pathPrefix) || path.startsWith(pathPrefix + "/");
    }

    /** Whether the local launcher brings the classes of this service: the test's classpath has its package. */
    boolean onClasspath() {
        String application = servicePackage() + "." + Character.toUpperCase(context.charAt(0)) + context.substring(1)
                + "ServiceApplication";
        try {
            Class.forName(application, false, Services.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
