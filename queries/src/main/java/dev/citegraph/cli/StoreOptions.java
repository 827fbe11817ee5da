package dev.citegraph.cli;

import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.store.GraphStores;
import dev.citegraph.graph.store.StoreConfig;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * Which graph store a command works on: the embedded Neo4j in a data directory by default, or a Neo4j server or
 * cluster. Mix into a command with {@code @Mixin StoreOptions store;} and call {@link #open()}.
 */
public final class StoreOptions {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = ".citegraph/data",
            description = "Directory of the embedded Neo4j store (default: ${DEFAULT-VALUE}). Ignored with --neo4j.")
    Path dataDir;

    @Option(names = "--neo4j", paramLabel = "URI", defaultValue = "${env:CITEGRAPH_NEO4J_URI}",
            description = "A Neo4j server or cluster instead of the embedded store: bolt://host:7687, "
                    + "neo4j://host:7687 (routing), +s / +ssc forms for TLS (env CITEGRAPH_NEO4J_URI).")
    String uri;

    @Option(names = "--user", paramLabel = "NAME", defaultValue = "${env:NEO4J_USER:-neo4j}",
            description = "User for --neo4j (env NEO4J_USER, default neo4j).")
    String user;

    @Option(names = "--password", paramLabel = "SECRET", defaultValue = "${env:NEO4J_PASSWORD}",
            description = "Password for --neo4j (env NEO4J_PASSWORD; prefer the variable: arguments show in ps).")
    String password;

    @Option(names = "--database", paramLabel = "NAME", defaultValue = "neo4j",
            description = "Database on the server (default: ${DEFAULT-VALUE}).")
    String database;

    public StoreConfig config() {
        return new StoreConfig(dataDir, uri, user, password, database);
    }

    /** Opens the store; the caller closes it. Failures are StoreExceptions with a one-line message. */
    public GraphStore open() {
        return GraphStores.open(config());
    }
}
