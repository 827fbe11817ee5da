package dev.citegraph.graph.neo4j;

import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.store.DocumentBatch;
import dev.citegraph.graph.synthetic.SyntheticReports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The writer creates new facts instead of merging them and relies on the unique constraint when two builds create
 * the same fact at once. Here one build holds new shared facts uncommitted while the other reaches them and waits;
 * the second then meets the constraint and must be retried, not fail, and each fact must end as one node with both
 * citations.
 */
class CollidingBuildsTest {
    @TempDir
    static Path dataDir;
    private static EmbeddedNeo4j server;
    private static Driver driver;
    private static Neo4jGraphStore store;

    @BeforeAll
    static void start() {
        server = EmbeddedNeo4j.start(dataDir);
        driver = Neo4jConnections.embedded(server);
        store = new Neo4jGraphStore(driver, server.database(), server);
    }

    @AfterAll
    static void stop() {
        store.close();
    }

    @Test
    void aBuildThatMeetsAFactAnotherBuildIsCreatingIsRetriedAndBothCitationsAreKept() throws Exception {
        SyntheticReports reports = new SyntheticReports(2, 20, 10, 5);
        // An earlier report names every entity, so the two builds meet at the shared facts, not at new entities.
        SyntheticReports earlier = new SyntheticReports(2, 20, 10, 0);
        store.replaceDocument(earlier.document(2), earlier.sections(2), earlier.facts(2));
        CountDownLatch firstWritten = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
            try (Session session = driver.session(SessionConfig.forDatabase(server.database()))) {
                session.executeWriteWithoutResult(tx -> {
                    Neo4jDocumentWriter.replace(tx, new DocumentBatch(reports.document(0), reports.sections(0),
                            reports.facts(0)));
                    firstWritten.countDown();
                    awaitQuietly(releaseFirst);
                });
            }
        });
        assertThat(firstWritten.await(1, TimeUnit.MINUTES)).isTrue();

        CompletableFuture<Void> second = CompletableFuture.runAsync(() ->
                store.replaceDocument(reports.document(1), reports.sections(1), reports.facts(1)));
        awaitABlockedTransaction();
        releaseFirst.countDown();
        first.get(1, TimeUnit.MINUTES);
        second.get(1, TimeUnit.MINUTES);

        Fact shared = reports.facts(0).get(0);
        assertThat(reports.facts(1)).extracting(Fact::id).contains(shared.id());
        assertThat(store.facts(List.of(shared.id()))).singleElement()
                .satisfies(fact -> assertThat(fact.citations()).extracting(c -> c.documentId())
                        .containsExactlyInAnyOrder(reports.document(0).id(), reports.document(1).id()));
        assertThat(store.stats().facts()).isEqualTo(20 + 20 + 20 - 5);
    }

    private static void awaitABlockedTransaction() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < deadline) {
            try (Session session = driver.session(SessionConfig.forDatabase(server.database()))) {
                boolean blocked = session.run("SHOW TRANSACTIONS YIELD status").list().stream()
                        .anyMatch(r -> r.get("status").asString().startsWith("Blocked"));
                if (blocked) return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the second build never waited for the first one's lock");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(1, TimeUnit.MINUTES)) throw new IllegalStateException("never released");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
