package dev.citegraph.graph.neo4j;

import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.store.GraphStoreContract;
import dev.citegraph.graph.store.StoreConfig;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testcontainers.containers.Neo4jContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;

/** The store contract against the official Neo4j image, the same version as the embedded server; skipped without Docker. */
@Testcontainers(disabledWithoutDocker = true)
class ContainerNeo4jGraphStoreTest extends GraphStoreContract {
    private static final String PASSWORD = "citegraph-test";

    @Container
    private static final Neo4jContainer<?> NEO4J = new Neo4jContainer<>(DockerImageName.parse("neo4j:5.26.18"))
            .withAdminPassword(PASSWORD);

    /** Connects once the container has started: Testcontainers, registered on the class, runs first. */
    @RegisterExtension
    static final Neo4jServerStore server = new Neo4jServerStore(
            () -> new StoreConfig(null, NEO4J.getBoltUrl(), "neo4j", PASSWORD, null));

    @Override
    protected GraphStore store() {
        return server.store();
    }

    @Override
    protected void clear() {
        server.clear();
    }
}
