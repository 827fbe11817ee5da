package dev.citegraph.cli;

import dev.citegraph.extractor.build.BuildOutcome;
import dev.citegraph.extractor.build.ReportBuilder;
import dev.citegraph.extractor.extract.DefaultFactAssembler;
import dev.citegraph.extractor.extract.Extractor;
import dev.citegraph.extractor.ingest.IngestedReport;
import dev.citegraph.extractor.ingest.ReadOptions;
import dev.citegraph.extractor.ingest.ReportReadException;
import dev.citegraph.extractor.ingest.ReportReaders;
import dev.citegraph.extractor.llm.DryRunEstimate;
import dev.citegraph.extractor.llm.LlmExtractor;
import dev.citegraph.extractor.normalize.EntityRegistry;
import dev.citegraph.extractor.rules.RulesExtractor;
import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.vocab.PredicateVocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code kg build FILE...}: read reports, extract cited facts, store them; going on past a bad file. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Read reports (PDF, Markdown, HTML, text), extract cited facts, store them.")
final class BuildCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Report files to build the graph from.")
    List<Path> files;

    @Option(names = "--pdf-password", paramLabel = "SECRET", description = "Password of encrypted PDFs.")
    String pdfPassword;

    @Option(names = "--vocabulary", paramLabel = "FILE",
            description = "Your predicate vocabulary ('canonical | synonym | ...' lines), added to the built-in one.")
    Path vocabularyFile;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    LlmOptions llmOptions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReadOptions readOptions = ReadOptions.defaults().withPassword(pdfPassword);
        if (llmOptions.dryRun()) return dryRun(out, readOptions);

        PredicateVocabulary vocabulary = vocabularyFile == null
                ? PredicateVocabulary.builtIn() : PredicateVocabulary.withUserFile(vocabularyFile);
        EntityRegistry registry = new EntityRegistry();
        DefaultFactAssembler assembler = new DefaultFactAssembler(vocabulary, registry);
        Optional<LlmExtractor> llm = llmOptions.extractor(assembler, err);
        Extractor extractor = llm.<Extractor>map(x -> x).orElseGet(() -> {
            err.println("note: no LLM configured, using the offline rules extractor "
                    + "(configure one with --llm PROVIDER:MODEL, see README)");
            return new RulesExtractor(assembler, registry);
        });
        List<BuildOutcome> outcomes;
        try (GraphStore store = storeOptions.open()) {
            ReportBuilder builder = new ReportBuilder(store, extractor, readOptions);
            outcomes = builder.buildAll(files, outcome -> report(outcome, out, err));
        }
        llm.ifPresent(x -> out.println(x.runReport().render()));
        return summarise(outcomes, out, err);
    }

    private int dryRun(PrintWriter out, ReadOptions readOptions) {
        List<IngestedReport> reports = new ArrayList<>();
        for (Path file : files) {
            try {
                reports.add(ReportReaders.read(file, readOptions));
            } catch (ReportReadException e) {
                throw new UserException(e.getMessage(), e);
            }
        }
        out.println(llmOptions.estimate(reports).map(DryRunEstimate::render).orElse(
                "dry run: no LLM configured; the rules extractor makes no model calls and costs no tokens"));
        return 0;
    }

    private static void report(BuildOutcome outcome, PrintWriter out, PrintWriter err) {
        if (outcome instanceof BuildOutcome.Built built) {
            out.printf("built %s (%s): %d sections, %d facts verified, %d rejected%s%n",
                    built.document().id(), built.file(), built.sections(), built.verifiedFacts(),
                    built.rejectedFacts(), built.failedSections().isEmpty() ? ""
                            : ", " + built.failedSections().size() + " sections failed to extract");
        } else if (outcome instanceof BuildOutcome.Failed failed) {
            err.println("error: " + failed.message());
        }
        out.flush();
    }

    private static int summarise(List<BuildOutcome> outcomes, PrintWriter out, PrintWriter err) {
        List<BuildOutcome.Failed> failed = outcomes.stream()
                .filter(BuildOutcome.Failed.class::isInstance).map(BuildOutcome.Failed.class::cast).toList();
        if (failed.isEmpty()) return 0;
        err.printf("%d of %d files failed; the others were built:%n", failed.size(), outcomes.size());
        failed.forEach(f -> err.println("  " + f.file() + ": " + f.message()));
        return ErrorReporter.USER_ERROR;
    }
}
