package shop.cluster;

import java.util.concurrent.CountDownLatch;

/**
 * The cluster of the suite, started for a person or a benchmark rather than a test: Axon Server, the databases, the
 * four services and the entry, up until the JVM is stopped (Ctrl-C or SIGTERM stops them all).
 * {@code benchmark/run-cluster.sh} runs it; the line {@code [cluster] the shop is ready at ...} says where.
 */
public final class ClusterOnThisMachine {

    private ClusterOnThisMachine() {
    }

    public static void main(String[] args) throws Exception {
        ClusterTestedShop shop = (ClusterTestedShop) new ClusterTestedShop.Launcher().start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                shop.close();
            } catch (Exception e) {
                System.err.println("[cluster] stopping: " + e);
            } finally {
                stopped.countDown();
            }
        }));
        System.out.printf("[cluster] postgres at %s%n", shop.databases().address());
        stopped.await();
    }
}
