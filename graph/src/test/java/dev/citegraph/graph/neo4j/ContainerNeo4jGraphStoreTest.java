package dev.citegraph.graph.neo4j;

import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.store.GraphStoreContract;
import dev.citegraph.graph.store.GraphStores;
import dev.citegraph.graph.store.StoreConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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

    private static GraphStore store;

    @BeforeAll
    static void connect() {
        store = GraphStores.open(new StoreConfig(null, NEO4J.getBoltUrl(), "neo4j", PASSWORD, null));
    }

    @AfterAll
    static void disconnect() {
        store.close();
    }

    @Override
    protected GraphStore store() {
        return store;
    }

    @Override
    protected void clear() {
        ((Neo4jGraphStore) store).clear();
    }
}
