package dev.citegraph.graph.neo4j;

import dev.citegraph.graph.store.GraphStores;
import dev.citegraph.graph.store.StoreConfig;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.function.Supplier;

/**
 * A {@link Neo4jGraphStore} connected to a running server by its URI before the test class runs, closed after it.
 * Register it on a static field with {@link RegisterExtension}. The server is asked for only when the class runs, so a
 * class skipped for want of a server never looks for one.
 */
final class Neo4jServerStore implements BeforeAllCallback, AfterAllCallback {
    private final Supplier<StoreConfig> server;
    private Neo4jGraphStore store;

    Neo4jServerStore(Supplier<StoreConfig> server) {
        this.server = server;
    }

    Neo4jGraphStore store() {
        return store;
    }

    /** Empties the server's database. */
    void clear() {
        store.clear();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        store = (Neo4jGraphStore) GraphStores.open(server.get());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        store.close();
    }
}
