package dev.citegraph.graph.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Which store to open. An embedded Neo4j in {@code dataDir} when {@code uri} is null; otherwise the server or cluster
 * at a {@code bolt://}, {@code bolt+s://}, {@code neo4j://} or {@code neo4j+s://} URI.
 */
public record StoreConfig(Path dataDir, String uri, String user, String password, String database) {
    public static final Path DEFAULT_DATA_DIR = Path.of(".citegraph", "data");

    public StoreConfig {
        dataDir = Objects.requireNonNullElse(dataDir, DEFAULT_DATA_DIR);
        user = Objects.requireNonNullElse(user, "neo4j");
        password = Objects.requireNonNullElse(password, "");
        database = database == null || database.isBlank() ? "neo4j" : database;
    }

    public static StoreConfig embedded(Path dataDir) {
        return new StoreConfig(dataDir, null, null, null, null);
    }

    public boolean isEmbedded() {
        return uri == null || uri.isBlank();
    }
}
