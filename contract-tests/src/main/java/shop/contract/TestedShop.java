package shop.contract;

/**
 * The shop that the contract runs against, however it is deployed: where a client reaches it, and the two facts
 * behind its API that a refused request must leave as they were.
 */
public interface TestedShop {

    /** Scheme, host and port of the one HTTP entry, e.g. {@code http://127.0.0.1:8080}. */
    String baseUrl();

    /** How many events the shop has stored, in whatever store it keeps them. */
    long storedEvents();

    /** How many users the user service knows. */
    long registeredUsers();

    /**
     * Starts the shop of the module that runs the contract. Each such module names its launcher in
     * {@code META-INF/services/shop.contract.TestedShop$Launcher}.
     */
    interface Launcher {

        TestedShop start() throws Exception;
    }
}
