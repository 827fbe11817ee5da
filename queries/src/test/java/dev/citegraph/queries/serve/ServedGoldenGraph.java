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
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A real server on an ephemeral loopback port over a real store holding the golden graph (two small DeepSeek
 * reports): started before the test class, stopped and its folders deleted after it.
 */
final class ServedGoldenGraph implements BeforeAllCallback, AfterAllCallback {
    private final Function<Path, GraphStore> open;
    private final UnaryOperator<ServeSettings> settings;
    private final Consumer<GraphStore> content;
    private Path directory;
    private GraphStore store;
    private ServedGraph graph;
    private BuildJobs jobs;
    private ApiServer server;

    private ServedGoldenGraph(Function<Path, GraphStore> open, UnaryOperator<ServeSettings> settings) {
        this(open, settings, GoldenGraph::load);
    }

    private ServedGoldenGraph(Function<Path, GraphStore> open, UnaryOperator<ServeSettings> settings,
                              Consumer<GraphStore> content) {
        this.open = open;
        this.settings = settings;
        this.content = content;
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

    /** The embedded Neo4j holding the corpus graph ({@link CorpusGraph}) instead of the golden one. */
    static ServedGoldenGraph corpus(UnaryOperator<ServeSettings> settings) {
        return new ServedGoldenGraph(dir -> GraphStores.open(StoreConfig.embedded(dir.resolve("data"))), settings,
                CorpusGraph::load);
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

    ServedGraph graph() {
        return graph;
    }

    GraphStore store() {
        return store;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        directory = Files.createTempDirectory("served-golden");
        store = open.apply(directory);
        content.accept(store);
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
