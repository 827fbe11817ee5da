package dev.citegraph.graph.bench;

import dev.citegraph.graph.neo4j.EmbeddedNeo4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Times the embedded Neo4j's start and stop: the first start in a fresh JVM (what every {@code kg} command pays),
 * then restarts in the same JVM. Run by bench/foundation.sh; prints one line per measurement.
 */
public final class EmbeddedStartStopBenchmark {
    private EmbeddedStartStopBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int restarts = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path dir = Files.createTempDirectory("citegraph-bench-startstop");
        for (int run = 0; run <= restarts; run++) {
            long t0 = System.nanoTime();
            EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dir);
            long t1 = System.nanoTime();
            neo4j.close();
            long t2 = System.nanoTime();
            System.out.printf("%s start_ms=%d stop_ms=%d%n", run == 0 ? "first" : "restart",
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        }
    }
}
