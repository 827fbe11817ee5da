package dev.citegraph.graph.store;

import dev.citegraph.graph.neo4j.EmbeddedNeo4j;
import dev.citegraph.graph.neo4j.Neo4jGraphStore;
import dev.citegraph.graph.neo4j.Neo4jConnections;

/** Opens the store a configuration names. */
public final class GraphStores {
    private GraphStores() {
    }

    /**
     * The Neo4j store of {@code config}: an embedded server in {@code config.dataDir()} (stopped when the store is
     * closed) when no URI is given, otherwise the server or cluster at {@code config.uri()}.
     *
     * @throws StoreException with a one-line, actionable message when the store cannot be opened
     */
    public static GraphStore open(StoreConfig config) {
        if (config.isEmbedded()) {
            EmbeddedNeo4j server = EmbeddedNeo4j.start(config.dataDir());
            try {
                return new Neo4jGraphStore(Neo4jConnections.embedded(server), server.database(), server);
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
        }
        var driver = Neo4jConnections.remote(config);
        try {
            return new Neo4jGraphStore(driver, config.database(), null);
        } catch (RuntimeException e) {
            driver.close();
            throw e;
        }
    }
}
