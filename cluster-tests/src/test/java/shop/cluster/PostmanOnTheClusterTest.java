package shop.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import shop.contract.Newman;

/** The assignment's Postman collection, by newman, against the cluster's entry, as against arch.homework. */
class PostmanOnTheClusterTest extends ClusterScenario {

    @Test
    void theCollectionPasses() throws Exception {
        int exitCode = new Newman(ClusterTestedShop.ROOT.resolve("postman")).run(cluster.entryAddress());

        assertThat(exitCode).as("newman's exit code: its report is above").isZero();
    }
}
