package dev.citegraph.graph.neo4j;

import dev.citegraph.graph.model.Citation;
import dev.citegraph.graph.model.Document;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.store.GraphStores;
import dev.citegraph.graph.store.StoreConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static dev.citegraph.graph.neo4j.BuildUntilKilled.REPORTS;
import static org.assertj.core.api.Assertions.assertThat;

/** A build killed in the middle of writing a document leaves either all of that document or none of it. */
class KilledBuildTest {
    @TempDir
    Path work;

    @Test
    void shouldLeaveNoHalfDocumentWhenTheBuildIsKilledMidWrite() throws Exception {
        Path dataDir = work.resolve("data");
        Path log = work.resolve("build.log");
        Process build = startBuild(dataDir, log);
        try {
            awaitLine(build, log, BuildUntilKilled.WRITING + 1);
            Thread.sleep(1_000);
        } finally {
            build.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(Files.readAllLines(log)).as("the second document was still being written when killed")
                .contains(BuildUntilKilled.COMMITTED + 0)
                .doesNotContain(BuildUntilKilled.COMMITTED + 1);

        try (GraphStore store = GraphStores.open(StoreConfig.embedded(dataDir))) {
            assertThat(store.documents()).extracting(Document::id).containsExactly("doc-0");
            assertThat(store.sections("doc-0")).hasSize(REPORTS.sections());
            assertThat(store.sections("doc-1")).isEmpty();
            assertThat(citationsByDocument(store.allFacts())).isEqualTo(Map.of("doc-0", (long) REPORTS.facts()));
        }
    }

    private static Process startBuild(Path dataDir, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                BuildUntilKilled.class.getName(), dataDir.toString(), "3")
                .redirectOutput(log.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static void awaitLine(Process build, Path log, String expected) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(log) && Files.readAllLines(log).contains(expected)) return;
            if (!build.isAlive()) throw new AssertionError("the build ended before printing '" + expected + "'");
            Thread.sleep(50);
        }
        throw new AssertionError("the build did not print '" + expected + "' in time");
    }

    private static Map<String, Long> citationsByDocument(List<Fact> facts) {
        return facts.stream().flatMap(f -> f.citations().stream())
                .collect(Collectors.groupingBy(Citation::documentId, Collectors.counting()));
    }
}
