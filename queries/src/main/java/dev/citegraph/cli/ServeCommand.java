package dev.citegraph.cli;

import dev.citegraph.extractor.extract.DefaultFactAssembler;
import dev.citegraph.extractor.normalize.EntityRegistry;
import dev.citegraph.extractor.ingest.ReadOptions;
import dev.citegraph.extractor.llm.ChatModels;
import dev.citegraph.extractor.llm.LlmSettings;
import dev.citegraph.extractor.rules.RulesExtractor;
import dev.citegraph.graph.store.OpenBolt;
import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.store.GraphStores;
import dev.citegraph.graph.store.StoreConfig;
import dev.citegraph.graph.vocab.PredicateVocabulary;
import dev.citegraph.queries.answer.log.QaLog;
import dev.citegraph.mcp.CitegraphTools;
import dev.citegraph.mcp.transport.HttpOrigins;
import dev.citegraph.mcp.transport.McpHttpEndpoint;
import dev.citegraph.queries.query.saved.QueryLibrary;
import dev.citegraph.queries.serve.ApiServer;
import dev.citegraph.queries.serve.BuildJobs;
import dev.citegraph.queries.serve.ServeException;
import dev.citegraph.queries.serve.ServeSettings;
import dev.citegraph.queries.serve.ServedGraph;
import dev.citegraph.queries.serve.ServerFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code kg serve}: one process holds the store and answers over HTTP (JSON API under /api/v1, described by
 * /api/v1/openapi.json); other kg commands on the same data directory go through it. Stops cleanly on Ctrl-C or
 * SIGTERM: the build under way finishes its document, the store closes, its lock and the server file go.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Hold the store and answer over HTTP: a JSON API under /api/v1 (OpenAPI at "
                + "/api/v1/openapi.json). kg query, compare, ask, stats, review, export and shell on the same data "
                + "directory use the running server. Ctrl-C or SIGTERM stops it cleanly.",
                "Examples:",
                "  kg serve --data DIR",
                "  kg serve --port 9000 --allow-builds --build-root reports/",
                "  kg serve --bolt 7687          (Neo4j Browser, cypher-shell, drivers: user neo4j, password in "
                        + "DIR/serve.json)",
                "  CITEGRAPH_SERVE_TOKEN=... kg serve --bind 0.0.0.0"})
final class ServeCommand implements Callable<Integer> {
    static final int DEFAULT_PORT = 8420;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    ModelOptions model;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + DEFAULT_PORT,
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = ServeSettings.LOOPBACK,
            description = "Address to listen on (default: ${DEFAULT-VALUE}). Any other than loopback needs a token.")
    String bind;

    @Option(names = "--bolt", paramLabel = "PORT",
            description = "Also open the embedded Neo4j's Bolt connector on 127.0.0.1:PORT to Neo4j Browser, "
                    + "cypher-shell, drivers and kg build --neo4j (user neo4j; a new password each start, in the "
                    + "owner-only serve.json of the data directory; 0 picks a free port).")
    Integer boltPort;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "File holding the bearer token every request must carry (else env CITEGRAPH_SERVE_TOKEN). "
                    + "Required to bind beyond loopback.")
    Path tokenFile;

    @Option(names = "--allow-builds", description = "Build reports through the server (uploads, or paths under "
            + "--build-root). Off by default.")
    boolean allowBuilds;

    @Option(names = "--build-root", paramLabel = "DIR",
            description = "A directory whose files may be built by path (repeatable). Needs --allow-builds.")
    List<Path> buildRoots = new ArrayList<>();

    @Option(names = "--uploads", paramLabel = "DIR",
            description = "Where uploaded reports are kept, one folder per build (default: uploads beside the data "
                    + "directory).")
    Path uploads;

    @Option(names = "--max-upload-mb", paramLabel = "N", defaultValue = "100",
            description = "Largest upload taken, per request (default: ${DEFAULT-VALUE} MB).")
    long maxUploadMb;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "A browser origin allowed to call the API (repeatable). No CORS unless given.")
    List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--vocabulary", paramLabel = "FILE",
            description = "Predicate synonyms added to the built-in vocabulary (lines 'canonical | synonym | ...').")
    Path vocabulary;

    @Option(names = "--log", defaultValue = ".citegraph/qa-log.jsonl", paramLabel = "FILE",
            description = "Q&A log the server's asks are appended to (default: ${DEFAULT-VALUE}).")
    Path log;

    @Option(names = "--no-log", description = "Keep no Q&A log.")
    boolean noLog;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "${env:CITEGRAPH_QUERIES:-.citegraph/queries}",
            description = "Saved queries (NAME.kgq) the web console offers beside the built-in ones "
                    + "(default: ${DEFAULT-VALUE}), as kg run reads them.")
    Path queries;

    @Option(names = "--no-warm-up", description = "Report ready as soon as the port is bound, without first sending "
            + "the web console's requests once (and again after each build); for scripts that only use the API. The "
            + "first request of each kind then pays for planning its query.")
    boolean noWarmUp;

    @Override
    public Integer call() throws InterruptedException {
        ServeSettings settings = settings();
        Optional<LlmSettings> llm = model.settings();
        PredicateVocabulary words = vocabulary == null ? PredicateVocabulary.builtIn()
                : PredicateVocabulary.withUserFile(vocabulary);
        StoreConfig config = store.config();
        if (config.isEmbedded()) refuseSecondServer(config.dataDir());
        Optional<OpenBolt> bolt = openBolt(config);
        Serving serving = Serving.start(config, bolt, settings, words, llm.map(s -> new ServedGraph.AskModel(
                ChatModels.create(s), s.spec().toString())), noLog ? null : log, new QueryLibrary(queries), !noWarmUp);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            serving.close();
            stopped.countDown();
        }, "kg-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        PrintWriter out = spec.commandLine().getOut();
        out.println("citegraph serving " + (config.isEmbedded() ? config.dataDir().toAbsolutePath().normalize()
                : config.uri()) + " at " + serving.server().url() + "/api/v1 (OpenAPI at "
                + serving.server().url() + "/api/v1/openapi.json; Ctrl-C stops)");
        serving.bolt().ifPresent(b -> out.println("Bolt for Neo4j Browser, cypher-shell and drivers at " + b.uri()
                + " (user " + b.user() + ", password in " + ServerFile.of(config.dataDir()) + ")"));
        out.flush();
        stopped.await();
        return 0;
    }

    private Optional<OpenBolt> openBolt(StoreConfig config) {
        if (boltPort == null) return Optional.empty();
        if (!config.isEmbedded()) {
            throw new UserException("--bolt opens the embedded store's Bolt connector; a Neo4j server named by --neo4j "
                    + "has its own: connect Neo4j's tools to it, or drop --neo4j");
        }
        try {
            return Optional.of(OpenBolt.withNewPassword(boltPort));
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage() + " (--bolt PORT)");
        }
    }

    private ServeSettings settings() {
        Optional<String> token = token();
        Path uploadDir = uploads != null ? uploads : store.config().isEmbedded()
                ? store.config().dataDir().toAbsolutePath().normalize().resolveSibling("uploads")
                : Path.of(".citegraph", "uploads");
        if (!buildRoots.isEmpty() && !allowBuilds) {
            throw new UserException("--build-root needs --allow-builds (builds through the server are off by default)");
        }
        for (Path root : buildRoots) {
            if (!Files.isDirectory(root)) throw new UserException("--build-root " + root + " is not a directory");
        }
        try {
            ServeSettings settings = new ServeSettings(bind, port, token, false, List.of(), uploadDir.toAbsolutePath(),
                    Math.multiplyExact(maxUploadMb, 1024L * 1024), corsOrigins);
            return allowBuilds ? settings.withBuilds(buildRoots, settings.maxUploadBytes()) : settings;
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new UserException(e.getMessage());
        }
    }

    private Optional<String> token() {
        if (tokenFile != null) {
            try {
                return Optional.of(Files.readString(tokenFile, StandardCharsets.UTF_8).strip());
            } catch (IOException e) {
                throw new UserException("cannot read --token-file " + tokenFile + ": " + e.getMessage());
            }
        }
        String env = System.getenv("CITEGRAPH_SERVE_TOKEN");
        return env == null || env.isBlank() ? Optional.empty() : Optional.of(env.strip());
    }

    private static void refuseSecondServer(Path dataDir) {
        Optional<ServerFile> running = ServerFile.read(dataDir);
        if (running.isPresent() && running.get().processAlive()
                && running.get().pid() != ProcessHandle.current().pid()) {
            throw new UserException("kg serve (process " + running.get().pid() + ") already serves "
                    + dataDir.toAbsolutePath().normalize() + " at " + running.get().url()
                    + "; use it, or stop it first");
        }
    }

    /** What one kg serve holds: the store, the jobs, the HTTP server, the server file; closed in reverse order. */
    static final class Serving implements AutoCloseable {
        private final GraphStore graphStore;
        private final Optional<BuildJobs> jobs;
        private final McpHttpEndpoint mcp;
        private final ApiServer server;
        private final Optional<Path> dataDir;
        private final Optional<ServerFile.Bolt> bolt;
        private boolean closed;

        private Serving(GraphStore graphStore, Optional<BuildJobs> jobs, McpHttpEndpoint mcp, ApiServer server,
                        Optional<Path> dataDir, Optional<ServerFile.Bolt> bolt) {
            this.graphStore = graphStore;
            this.jobs = jobs;
            this.mcp = mcp;
            this.server = server;
            this.dataDir = dataDir;
            this.bolt = bolt;
        }

        static Serving start(StoreConfig config, Optional<OpenBolt> openBolt, ServeSettings settings,
                             PredicateVocabulary vocabulary, Optional<ServedGraph.AskModel> model, Path log,
                             QueryLibrary savedQueries, boolean warmUp) {
            GraphStore graphStore;
            Optional<ServerFile.Bolt> bolt = Optional.empty();
            if (openBolt.isPresent()) {
                GraphStores.WithBolt served = GraphStores.openWithBolt(config.dataDir(), openBolt.get());
                graphStore = served.store();
                bolt = Optional.of(new ServerFile.Bolt(served.boltUri(), OpenBolt.USER, openBolt.get().password()));
            } else {
                graphStore = GraphStores.open(config);
            }
            try {
                // An embedded store nobody else can reach is this process's alone; one others may write to (a
                // server's, or ours over open Bolt) may change under us: read it again often.
                boolean othersWrite = !config.isEmbedded() || bolt.isPresent();
                ServedGraph graph = new ServedGraph(graphStore, vocabulary, model,
                        othersWrite ? Duration.ofSeconds(10) : Duration.ZERO);
                Optional<BuildJobs> jobs = settings.allowBuilds() ? Optional.of(new BuildJobs(graph, () -> {
                    EntityRegistry registry = new EntityRegistry();
                    return new RulesExtractor(new DefaultFactAssembler(vocabulary, registry), registry);
                }, ReadOptions.defaults())) : Optional.empty();
                McpHttpEndpoint mcp = McpHttpEndpoint.create(new CitegraphTools(graphStore, vocabulary,
                        model.map(m -> new CitegraphTools.LanguageModel(m.model(), m.label()))), origins(settings));
                ApiServer.Builder builder = ApiServer.builder(graph, settings).savedQueries(savedQueries);
                jobs.ifPresent(builder::builds);
                if (log != null) builder.qaLog(new QaLog(log));
                if (!warmUp) builder.withoutWarmUp();
                builder.mount(McpHttpEndpoint.PATH + "/*", mcp.servlet());
                ApiServer server = builder.start();
                Optional<Path> dataDir = Optional.empty();
                if (config.isEmbedded()) {
                    ServerFile.write(config.dataDir(), server.url().toString(), server.port(),
                            settings.token().orElse(null), bolt.orElse(null));
                    dataDir = Optional.of(config.dataDir());
                }
                return new Serving(graphStore, jobs, mcp, server, dataDir, bolt);
            } catch (ServeException e) {
                graphStore.close();
                throw new UserException(e.getMessage(), e);
            } catch (RuntimeException e) {
                graphStore.close();
                throw e;
            }
        }

        ApiServer server() {
            return server;
        }

        /** Where Neo4j's own tools reach the store, when Bolt was opened to them. */
        Optional<ServerFile.Bolt> bolt() {
            return bolt;
        }

        /** The Hosts and Origins MCP accepts (DNS rebinding): loopback names, and the address bound when it is not. */
        private static HttpOrigins origins(ServeSettings settings) {
            HttpOrigins loopback = HttpOrigins.loopback();
            return ServeSettings.isLoopback(settings.bind()) ? loopback : loopback.withHost(settings.bind() + ":*");
        }

        /** Stops taking requests, lets a running build finish its document, closes the store, removes the file. */
        @Override
        public synchronized void close() {
            if (closed) return;
            closed = true;
            try {
                dataDir.ifPresent(ServerFile::remove);
                mcp.close();
                server.close();
                jobs.ifPresent(BuildJobs::close);
            } finally {
                graphStore.close();
            }
        }
    }
}
