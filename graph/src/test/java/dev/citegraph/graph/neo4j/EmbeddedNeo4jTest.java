package dev.citegraph.graph.neo4j;

import dev.citegraph.graph.store.OpenBolt;
import dev.citegraph.graph.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
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
    void shouldLetOtherProgramsInOverAnOpenBoltPortWithItsPasswordOnly() {
        OpenBolt bolt = OpenBolt.withNewPassword(0);
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(dataDir, bolt);
             Driver withPassword = GraphDatabase.driver(server.boltUri(), AuthTokens.basic("neo4j", bolt.password()));
             Driver withoutAuth = GraphDatabase.driver(server.boltUri(), AuthTokens.none());
             Driver withAnotherPassword = GraphDatabase.driver(server.boltUri(), AuthTokens.basic("neo4j", "guessed-1"))) {
            assertThat(server.boltUri()).startsWith("bolt://127.0.0.1:");
            assertThat(withPassword.executableQuery("RETURN 1 AS one").execute().records())
                    .singleElement().satisfies(r -> assertThat(r.get("one").asInt()).isEqualTo(1));
            assertThatThrownBy(withoutAuth::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            assertThatThrownBy(withAnotherPassword::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        }
    }

    @Test
    void shouldNameATakenBoltPortInOneLine() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThatThrownBy(() -> EmbeddedNeo4j.start(dataDir, new OpenBolt(taken.getLocalPort(), "password-1")))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("Bolt port " + taken.getLocalPort() + " on 127.0.0.1 is in use (or not allowed); stop "
                            + "what listens there or choose another with --bolt PORT");
        }
        EmbeddedNeo4j.start(dataDir).close();
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
