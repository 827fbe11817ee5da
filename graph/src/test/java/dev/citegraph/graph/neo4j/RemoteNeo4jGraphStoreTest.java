package dev.citegraph.graph.neo4j;

import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.store.GraphStoreContract;
import dev.citegraph.graph.store.StoreConfig;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Optional;

/**
 * The store contract against a server reached over Bolt with a password, as a remote Neo4j is: on every build an
 * embedded Neo4j served by a separate child JVM; or a server of your own when {@code CITEGRAPH_TEST_NEO4J_URI}
 * (bolt://, neo4j://, with +s or +ssc for TLS) is set, with {@code CITEGRAPH_TEST_NEO4J_USER} /
 * {@code CITEGRAPH_TEST_NEO4J_PASSWORD}, optionally {@code CITEGRAPH_TEST_NEO4J_DATABASE}. Every test empties that
 * database: never point it at data you keep.
 */
class RemoteNeo4jGraphStoreTest extends GraphStoreContract {
    @RegisterExtension
    static final Neo4jServerStore server = Neo4jServerStore.orChildProcess(RemoteNeo4jGraphStoreTest::serverOfYourOwn);

    private static Optional<StoreConfig> serverOfYourOwn() {
        String uri = System.getenv("CITEGRAPH_TEST_NEO4J_URI");
        if (uri == null || uri.isBlank()) return Optional.empty();
        return Optional.of(new StoreConfig(null, uri, System.getenv("CITEGRAPH_TEST_NEO4J_USER"),
                System.getenv("CITEGRAPH_TEST_NEO4J_PASSWORD"), System.getenv("CITEGRAPH_TEST_NEO4J_DATABASE")));
    }

    @Override
    protected GraphStore store() {
        return server.store();
    }

    @Override
    protected void clear() {
        server.clear();
    }
}
