package dev.citegraph.queries.query;

import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.store.GraphStores;
import dev.citegraph.graph.store.StoreConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The golden answers on the embedded Neo4j, over Bolt. */
class Neo4jGoldenAnswerTest extends GoldenAnswerContract {
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

    @Override
    protected boolean records() {
        return true;
    }
}
