package dev.citegraph.graph.store;

import dev.citegraph.graph.neo4j.EmbeddedNeo4j;
import dev.citegraph.graph.neo4j.Neo4jGraphStore;
import dev.citegraph.graph.neo4j.Neo4jConnections;

import java.nio.file.Path;

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
        if (config.isEmbedded()) return embedded(EmbeddedNeo4j.start(config.dataDir()));
        var driver = Neo4jConnections.remote(config);
        try {
            return new Neo4jGraphStore(driver, config.database(), null);
        } catch (RuntimeException e) {
            driver.close();
            throw e;
        }
    }

    /**
     * The embedded store in {@code dataDir} with its Bolt connector open to other programs (Neo4j Browser,
     * cypher-shell, drivers, other kg processes) on {@code bolt}'s loopback port and password.
     *
     * @throws StoreException with a one-line, actionable message when the store cannot be opened or the port is taken
     */
    public static WithBolt openWithBolt(Path dataDir, OpenBolt bolt) {
        EmbeddedNeo4j server = EmbeddedNeo4j.start(dataDir, bolt);
        return new WithBolt(embedded(server), server.boltUri());
    }

    /** An embedded store and the Bolt URI other programs reach it at (the port chosen when 0 was asked for). */
    public record WithBolt(GraphStore store, String boltUri) {
    }

    private static GraphStore embedded(EmbeddedNeo4j server) {
        try {
            return new Neo4jGraphStore(Neo4jConnections.embedded(server), server.database(), server);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }
}
