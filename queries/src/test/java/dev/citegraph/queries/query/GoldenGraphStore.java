package dev.citegraph.queries.query;

import dev.citegraph.graph.rdf.TdbGraphStore;
import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.store.GraphStores;
import dev.citegraph.graph.store.StoreConfig;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A store of one kind holding the {@link GoldenGraph}: opened on a fresh temporary directory and loaded before the test
 * class runs, closed and its directory deleted after it. Register it on a static field with {@link RegisterExtension}.
 */
final class GoldenGraphStore implements BeforeAllCallback, AfterAllCallback {
    private final Function<Path, GraphStore> open;
    private Path directory;
    private GraphStore store;

    private GoldenGraphStore(Function<Path, GraphStore> open) {
        this.open = open;
    }

    /** The embedded Neo4j, queried over Bolt. */
    static GoldenGraphStore embeddedNeo4j() {
        return new GoldenGraphStore(directory -> GraphStores.open(StoreConfig.embedded(directory)));
    }

    /** A Jena TDB2 store, queried through SPARQL. */
    static GoldenGraphStore tdb() {
        return new GoldenGraphStore(TdbGraphStore::new);
    }

    GraphStore store() {
        return store;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        directory = Files.createTempDirectory("golden-graph");
        store = open.apply(directory);
        GoldenGraph.load(store);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            store.close();
        } finally {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
