package dev.citegraph.graph.rdf;

import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.store.GraphStoreContract;
import dev.citegraph.graph.store.Reports;
import dev.citegraph.graph.store.TextMatches;
import dev.citegraph.graph.store.TextSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TdbGraphStoreTest extends GraphStoreContract {
    @TempDir
    static Path directory;
    private static TdbGraphStore store;

    @BeforeAll
    static void open() {
        store = new TdbGraphStore(directory);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void shouldRebuildItsTextIndexFromTheDatasetWhenTheIndexIsLost(@TempDir Path other) throws IOException {
        try (TdbGraphStore first = new TdbGraphStore(other)) {
            first.replaceDocument(Reports.document("v3"), Reports.sections("v3"), Reports.facts("v3"));
        }
        try (var files = Files.walk(other.resolve(TdbTextIndex.FOLDER))) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }

        try (TdbGraphStore reopened = new TdbGraphStore(other)) {
            TextMatches matches = reopened.searchFacts(new TextSearch(Set.of("gpu"), 10));
            assertThat(matches.facts()).containsExactly(Reports.pretrainingCost("v3"));
            assertThat(matches.citations()).isEqualTo(4);
        }
    }

    @Override
    protected GraphStore store() {
        return store;
    }

    @Override
    protected void clear() {
        store.clear();
    }
}
