package dev.citegraph.queries.serve;

import dev.citegraph.graph.rdf.TdbGraphStore;
import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.store.GraphStores;
import dev.citegraph.graph.store.StoreConfig;
import dev.citegraph.graph.vocab.PredicateVocabulary;
import dev.citegraph.queries.query.GoldenGraph;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A real server on an ephemeral loopback port over a real store holding the golden graph (two small DeepSeek
 * reports): started before the test class, stopped and its folders deleted after it.
 */
final class ServedGoldenGraph implements BeforeAllCallback, AfterAllCallback {
    private final Function<Path, GraphStore> open;
    private final UnaryOperator<ServeSettings> settings;
    private Path directory;
    private GraphStore store;
    private ServedGraph graph;
    private BuildJobs jobs;
    private ApiServer server;

    private ServedGoldenGraph(Function<Path, GraphStore> open, UnaryOperator<ServeSettings> settings) {
        this.open = open;
        this.settings = settings;
    }

    static ServedGoldenGraph embeddedNeo4j() {
        return new ServedGoldenGraph(dir -> GraphStores.open(StoreConfig.embedded(dir.resolve("data"))),
                UnaryOperator.identity());
    }

    static ServedGoldenGraph tdb() {
        return new ServedGoldenGraph(dir -> new TdbGraphStore(dir.resolve("tdb")), UnaryOperator.identity());
    }

    /** The embedded Neo4j with other settings (a token, builds). */
    static ServedGoldenGraph embeddedNeo4j(UnaryOperator<ServeSettings> settings) {
        return new ServedGoldenGraph(dir -> GraphStores.open(StoreConfig.embedded(dir.resolve("data"))), settings);
    }

    Http http() {
        return Http.to(server.url());
    }

    ApiServer server() {
        return server;
    }

    Path directory() {
        return directory;
    }

    GraphStore store() {
        return store;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        directory = Files.createTempDirectory("served-golden");
        store = open.apply(directory);
        GoldenGraph.load(store);
        graph = new ServedGraph(store, PredicateVocabulary.builtIn(), Optional.empty(), Duration.ZERO);
        ServeSettings chosen = settings.apply(ServeSettings.loopback(0, directory.resolve("uploads")));
        ApiServer.Builder builder = ApiServer.builder(graph, chosen);
        if (chosen.allowBuilds()) {
            jobs = new BuildJobs(graph, TestExtractors::rules, dev.citegraph.extractor.ingest.ReadOptions.defaults());
            builder.builds(jobs);
        }
        server = builder.start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            server.close();
            if (jobs != null) jobs.close();
        } finally {
            store.close();
            BuildRoutes.deleteTree(directory);
        }
    }
}
