package dev.citegraph.graph.neo4j;

import dev.citegraph.graph.store.OpenBolt;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An embedded Neo4j served over Bolt in a child JVM, as a Neo4j server would serve it: {@code args[0]} the data
 * directory, {@code args[1]} the password of user neo4j. Prints {@value #READY} and the Bolt URI once it listens, and
 * stops when its standard input closes, so it never outlives the test that started it.
 */
public final class ServeBoltUntilStdinCloses {
    static final String READY = "serving ";

    private ServeBoltUntilStdinCloses() {
    }

    public static void main(String[] args) throws IOException {
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(Path.of(args[0]), new OpenBolt(0, args[1]))) {
            System.out.println(READY + server.boltUri());
            System.out.flush();
            while (System.in.read() >= 0) {
                // Only the end of input matters.
            }
        }
    }
}
