package dev.citegraph.graph.neo4j;

import dev.citegraph.graph.store.GraphStores;
import dev.citegraph.graph.store.StoreConfig;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A {@link Neo4jGraphStore} connected to a running server by its URI before the test class runs, closed after it.
 * Register it on a static field with {@link RegisterExtension}. The server is asked for only when the class runs, so a
 * class skipped for want of a server never looks for one.
 */
final class Neo4jServerStore implements BeforeAllCallback, AfterAllCallback {
    private final Supplier<StoreConfig> server;
    private final boolean childProcess;
    private ChildProcessNeo4j child;
    private Neo4jGraphStore store;

    private Neo4jServerStore(Supplier<StoreConfig> server, boolean childProcess) {
        this.server = server;
        this.childProcess = childProcess;
    }

    Neo4jServerStore(Supplier<StoreConfig> server) {
        this(server, false);
    }

    /** A store on the server {@code server} names if it names one, else on a Neo4j served by a child JVM. */
    static Neo4jServerStore orChildProcess(Supplier<Optional<StoreConfig>> server) {
        return new Neo4jServerStore(() -> server.get().orElse(null), true);
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
        StoreConfig config = server.get();
        if (config == null && childProcess) {
            child = ChildProcessNeo4j.start();
            config = child.config();
        }
        store = (Neo4jGraphStore) GraphStores.open(config);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            store.close();
        } finally {
            if (child != null) child.close();
        }
    }
}
