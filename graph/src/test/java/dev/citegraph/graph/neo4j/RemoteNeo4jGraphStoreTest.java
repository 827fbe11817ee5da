package dev.citegraph.graph.neo4j;

import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.store.GraphStoreContract;
import dev.citegraph.graph.store.StoreConfig;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The store contract against a server of your own: set {@code CITEGRAPH_TEST_NEO4J_URI} (bolt://, neo4j://, with
 * +s or +ssc for TLS) and {@code CITEGRAPH_TEST_NEO4J_USER} / {@code CITEGRAPH_TEST_NEO4J_PASSWORD}, optionally
 * {@code CITEGRAPH_TEST_NEO4J_DATABASE}. Every test empties that database: never point it at data you keep.
 */
@EnabledIfEnvironmentVariable(named = "CITEGRAPH_TEST_NEO4J_URI", matches = ".+")
class RemoteNeo4jGraphStoreTest extends GraphStoreContract {
    @RegisterExtension
    static final Neo4jServerStore server = new Neo4jServerStore(() -> new StoreConfig(null,
            System.getenv("CITEGRAPH_TEST_NEO4J_URI"), System.getenv("CITEGRAPH_TEST_NEO4J_USER"),
            System.getenv("CITEGRAPH_TEST_NEO4J_PASSWORD"), System.getenv("CITEGRAPH_TEST_NEO4J_DATABASE")));

    @Override
    protected GraphStore store() {
        return server.store();
    }

    @Override
    protected void clear() {
        server.clear();
    }
}
