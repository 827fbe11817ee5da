package dev.citegraph.graph.rdf;

import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.store.GraphStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

class TdbGraphStoreTest extends GraphStoreContract {
    @TempDir
    static Path directory;
    private static TdbGraphStore store;

    @BeforeAll
    static void open() {
        store = new TdbGraphStore(directory);
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
    protected void clear() {
        store.clear();
    }
}
