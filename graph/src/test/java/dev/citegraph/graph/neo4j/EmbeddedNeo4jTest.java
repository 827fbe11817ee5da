package dev.citegraph.graph.neo4j;

import dev.citegraph.graph.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedNeo4jTest {
    @TempDir
    Path dataDir;

    @Test
    void shouldListenOnLoopbackOnly() {
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(dataDir)) {
            assertThat(server.boltUri()).startsWith("bolt://127.0.0.1:").doesNotEndWith(":0");
        }
    }

    @Test
    void shouldRefuseADataDirectoryAnotherServerHoldsWithAOneLineMessage() {
        try (EmbeddedNeo4j first = EmbeddedNeo4j.start(dataDir)) {
            assertThatThrownBy(() -> EmbeddedNeo4j.start(dataDir))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(dataDir.toAbsolutePath().normalize().toString())
                    .hasMessageContaining("in use by another process")
                    .hasMessageContaining("--data")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
    }

    @Test
    void shouldReopenTheSameDirectoryAfterAStop() {
        EmbeddedNeo4j.start(dataDir).close();
        try (EmbeddedNeo4j again = EmbeddedNeo4j.start(dataDir)) {
            assertThat(again.dataDir()).isEqualTo(dataDir.toAbsolutePath().normalize());
        }
    }
}
