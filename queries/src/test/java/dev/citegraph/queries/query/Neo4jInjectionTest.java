package dev.citegraph.queries.query;

import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.store.GraphStores;
import dev.citegraph.graph.store.StoreConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

class Neo4jInjectionTest extends InjectionContract {
    @TempDir
    static Path dataDir;
    private static GraphStore store;

    @BeforeAll
    static void load() {
        store = GraphStores.open(StoreConfig.embedded(dataDir));
        GoldenGraph.load(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Override
    protected GraphStore store() {
        return store;
    }
}
