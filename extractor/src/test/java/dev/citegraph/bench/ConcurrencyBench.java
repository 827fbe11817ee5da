package dev.citegraph.bench;

import dev.citegraph.extractor.extract.DefaultFactAssembler;
import dev.citegraph.extractor.ingest.Corpus;
import dev.citegraph.extractor.ingest.IngestedReport;
import dev.citegraph.extractor.ingest.ReportReaders;
import dev.citegraph.extractor.llm.DryRun;
import dev.citegraph.extractor.llm.DryRunEstimate;
import dev.citegraph.extractor.llm.ExtractionProgress;
import dev.citegraph.extractor.llm.LlmExtractor;
import dev.citegraph.extractor.llm.LlmRunReport;
import dev.citegraph.extractor.llm.LlmSettings;
import dev.citegraph.extractor.llm.LlmSpec;
import dev.citegraph.extractor.normalize.EntityRegistry;
import dev.citegraph.graph.vocab.PredicateVocabulary;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Benchmark: LLM extraction of one report against a stand-in model with a fixed latency, at concurrency 1 and N.
 * Prints wall times, their ratio, and the prompt tokens per call spent on instructions vs section text.
 * Usage: {@code ConcurrencyBench [REPORT=testdata/corpus/DeepSeek_V3.pdf] [LATENCY_MS=500] [N=8]}; run through
 * {@code bench/llm-concurrency.sh}.
 */
public final class ConcurrencyBench {

    private ConcurrencyBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = args.length > 0 ? Path.of(args[0]) : Corpus.pdf("DeepSeek_V3.pdf");
        Duration latency = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 500);
        int wide = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        IngestedReport report = ReportReaders.read(file);
        try (StandInModel model = new StandInModel(message -> "{\"facts\": []}", latency)) {
            LlmSettings settings = new LlmSettings(LlmSpec.parse("openai:stand-in"), model.baseUrl(), null,
                    Duration.ofMinutes(1), 1, true, null);
            DryRunEstimate estimate = new DryRun(settings).add(report).estimate();
            System.out.printf(Locale.ROOT, "%s: %d sections, %d calls, stand-in latency %d ms%n",
                    report.document().id(), estimate.sections(), estimate.parts(), latency.toMillis());
            System.out.printf(Locale.ROOT, "prompt tokens per call (chars/4): instructions %d, section message %.0f "
                            + "(%.0f%% instructions)%n", estimate.instructionTokensPerCall(),
                    (double) estimate.messageTokens() / estimate.parts(),
                    100.0 * estimate.instructionTokensPerCall() * estimate.parts() / estimate.promptTokens());
            // Warm-up: class loading and JIT of the HTTP, JSON and LangChain4j paths would otherwise land on the
            // first measured run.
            run(report, settings.withConcurrency(wide), model, false);
            double serial = run(report, settings.withConcurrency(1), model, true);
            double parallel = run(report, settings.withConcurrency(wide), model, true);
            double ideal = estimate.parts() / Math.ceil(estimate.parts() / (double) wide);
            System.out.printf(Locale.ROOT, "speed-up at concurrency %d: %.2fx (ideal for %d calls: %.2fx)%n", wide,
                    serial / parallel, estimate.parts(), ideal);
        }
    }

    private static double run(IngestedReport report, LlmSettings settings, StandInModel model, boolean print) {
        LlmExtractor extractor = LlmExtractor.create(settings,
                new DefaultFactAssembler(PredicateVocabulary.builtIn(), new EntityRegistry()),
                ExtractionProgress.silent());
        model.resetPeak();
        int before = model.requests();
        long start = System.nanoTime();
        extractor.extract(report);
        double seconds = (System.nanoTime() - start) / 1e9;
        LlmRunReport run = extractor.runReport();
        if (print) System.out.printf(Locale.ROOT, "concurrency %d: %.2f s wall, %d calls, %d requests served, at most %d at once%n",
                settings.concurrency(), seconds, run.modelCalls(), model.requests() - before, model.maxInFlight());
        return seconds;
    }
}
