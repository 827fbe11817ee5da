package dev.citegraph.bench;

import dev.citegraph.extractor.eval.GoldFact;
import dev.citegraph.extractor.eval.GoldFacts;
import dev.citegraph.extractor.extract.DefaultFactAssembler;
import dev.citegraph.extractor.extract.ExtractionResult;
import dev.citegraph.extractor.ingest.Corpus;
import dev.citegraph.extractor.ingest.IngestedReport;
import dev.citegraph.extractor.ingest.ReportReaders;
import dev.citegraph.extractor.llm.ExtractionProgress;
import dev.citegraph.extractor.llm.LlmExtractor;
import dev.citegraph.extractor.llm.LlmRunReport;
import dev.citegraph.extractor.llm.LlmSettings;
import dev.citegraph.extractor.llm.LlmSpec;
import dev.citegraph.extractor.normalize.EntityRegistry;
import dev.citegraph.graph.vocab.PredicateVocabulary;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Extraction quality with a stand-in model over HTTP that answers each section with its gold facts: once perfectly,
 * once with noise. Each report goes through the real pipeline (ingest, LLM extraction, verification,
 * normalisation). Usage: {@code StandInEvalBench [CORPUS_DIR=testdata/corpus]}; run through
 * {@code bench/llm-standin-eval.sh}.
 */
public final class StandInEvalBench {

    private static final List<String[]> REPORTS = List.of(
            new String[]{"deepseek-v2", "DeepSeek_V2.pdf"},
            new String[]{"deepseek-r1", "DeepSeek_R1.pdf"},
            new String[]{"deepseekmoe", "DeepSeekMoE.pdf"});

    private StandInEvalBench() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = args.length > 0 ? Path.of(args[0]) : Corpus.dir();
        for (String[] entry : REPORTS) {
            IngestedReport report = ReportReaders.read(corpus.resolve(entry[1]));
            List<GoldFact> gold = GoldFacts.read(corpus.resolve("gold/facts/" + entry[0] + ".jsonl"));
            for (GoldAnswers.Noise noise : List.of(GoldAnswers.Noise.NONE, GoldAnswers.Noise.TYPICAL)) {
                Outcome outcome = extract(report, gold, noise);
                String model = noise.equals(GoldAnswers.Noise.NONE) ? "perfect" : "noisy";
                StandInEvaluation.print(entry[0], model, gold, outcome.result(), outcome.run());
            }
        }
    }

    record Outcome(ExtractionResult result, LlmRunReport run) {
    }

    static Outcome extract(IngestedReport report, List<GoldFact> gold, GoldAnswers.Noise noise) throws Exception {
        try (StandInModel model = new StandInModel(new GoldAnswers(gold, noise, 42), Duration.ZERO)) {
            LlmSettings settings = new LlmSettings(LlmSpec.parse("openai:stand-in"), model.baseUrl(), null,
                    Duration.ofMinutes(1), 4, true, null);
            LlmExtractor extractor = LlmExtractor.create(settings,
                    new DefaultFactAssembler(PredicateVocabulary.builtIn(), new EntityRegistry()),
                    ExtractionProgress.silent());
            ExtractionResult result = extractor.extract(report);
            return new Outcome(result, extractor.runReport());
        }
    }

}
