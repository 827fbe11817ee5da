package dev.citegraph.cli;

import dev.citegraph.dsl.QueryCompiler;
import dev.citegraph.graph.query.StatusFilter;
import dev.citegraph.extractor.build.BuildOutcome;
import dev.citegraph.extractor.build.ReportBuilder;
import dev.citegraph.extractor.extract.DefaultFactAssembler;
import dev.citegraph.extractor.ingest.ReadOptions;
import dev.citegraph.extractor.normalize.EntityRegistry;
import dev.citegraph.extractor.rules.RulesExtractor;
import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.store.GraphStores;
import dev.citegraph.graph.store.StoreConfig;
import dev.citegraph.graph.vocab.PredicateVocabulary;
import dev.citegraph.queries.query.QueryService;
import dev.citegraph.queries.query.render.Format;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code kg demo}: the whole path on the project's own sample reports (two fictional models, written for citegraph):
 * read, extract offline, store in an embedded Neo4j, and answer a few questions with citations.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Build a graph from the bundled sample reports and print cited answers.")
final class DemoCommand implements Callable<Integer> {
    private static final List<String> SAMPLES = List.of("lumen-1.md", "lumen-2.md");

    private record Question(String question, String query) {
    }

    private static final List<Question> QUESTIONS = List.of(
            new Question("What did training Lumen-2 take, stage by stage?", "match \"Lumen-2\" gpu_hours ?hours"),
            new Question("How do Lumen-1 and Lumen-2 compare?",
                    "compare \"Lumen-1\", \"Lumen-2\" on has_total_parameters, pretraining_tokens"),
            new Question("Everything the graph knows about Lumen-1, with proof:", "facts about \"lumen-1\""));

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Keep the demo graph in DIR (default: a temporary directory, deleted afterwards).")
    Path dataDir;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            converter = QueryOptions.FormatConverter.class, description = "table (default), json, csv or markdown.")
    Format format;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("citegraph-demo");
        try {
            Path data = dataDir != null ? dataDir : work.resolve("data");
            List<Path> samples = copySamples(work);
            try (GraphStore store = GraphStores.open(StoreConfig.embedded(data))) {
                build(store, samples, out);
                answer(store, out);
            }
            out.println("Graph kept in " + (dataDir != null ? dataDir : "a temporary directory (now deleted)")
                    + ". Build your own: ./kg build REPORT.pdf, then ./kg query 'facts about \"MODEL\"'.");
            return 0;
        } finally {
            deleteRecursively(work);
        }
    }

    private static void build(GraphStore store, List<Path> samples, PrintWriter out) {
        EntityRegistry registry = new EntityRegistry();
        DefaultFactAssembler assembler = new DefaultFactAssembler(PredicateVocabulary.builtIn(), registry);
        ReportBuilder builder = new ReportBuilder(store, new RulesExtractor(assembler, registry),
                ReadOptions.defaults());
        out.println("Building the graph from the sample reports (offline rules extractor, embedded Neo4j):");
        for (BuildOutcome outcome : builder.buildAll(samples, o -> { })) {
            if (outcome instanceof BuildOutcome.Built built) {
                out.printf("  %s: %d sections, %d verified facts%n", built.file().getFileName(), built.sections(),
                        built.verifiedFacts());
            } else if (outcome instanceof BuildOutcome.Failed failed) {
                throw new IllegalStateException("bundled sample " + failed.file() + " failed: " + failed.message());
            }
        }
        out.println();
    }

    private void answer(GraphStore store, PrintWriter out) {
        QueryService service = new QueryService(store, new QueryCompiler(PredicateVocabulary.builtIn()));
        for (Question question : QUESTIONS) {
            out.println("Q: " + question.question());
            out.println("   kg query '" + question.query() + "'");
            out.println();
            out.print(format.render(service.answer(question.query(), Map.of(), StatusFilter.VERIFIED_ONLY)));
            out.println();
        }
        out.flush();
    }

    private static List<Path> copySamples(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String name : SAMPLES) {
            try (InputStream in = DemoCommand.class.getResourceAsStream("/dev/citegraph/demo/" + name)) {
                if (in == null) throw new IllegalStateException("sample " + name + " missing from the jar");
                Path file = dir.resolve(name);
                Files.copy(in, file);
                files.add(file);
            }
        }
        return files;
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
