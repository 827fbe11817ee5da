package dev.citegraph.graph.neo4j;

import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.store.GraphStoreContract;
import dev.citegraph.graph.store.GraphStores;
import dev.citegraph.graph.store.StoreConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

class EmbeddedNeo4jGraphStoreTest extends GraphStoreContract {
    @TempDir
    static Path dataDir;
    private static GraphStore store;

    @BeforeAll
    static void startServer() {
        store = GraphStores.open(StoreConfig.embedded(dataDir));
    }

    @AfterAll
    static void stopServer() {
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
