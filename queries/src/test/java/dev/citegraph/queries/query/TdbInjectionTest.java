package dev.citegraph.queries.query;

import dev.citegraph.graph.rdf.TdbGraphStore;
import dev.citegraph.graph.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

class TdbInjectionTest extends InjectionContract {
    @TempDir
    static Path directory;
    private static GraphStore store;

    @BeforeAll
    static void load() {
        store = new TdbGraphStore(directory);
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
