package dev.citegraph.bench;

import dev.citegraph.extractor.eval.Evaluation;
import dev.citegraph.extractor.eval.Evaluator;
import dev.citegraph.extractor.eval.GoldFact;
import dev.citegraph.extractor.extract.ExtractionResult;
import dev.citegraph.extractor.llm.LlmRunReport;
import dev.citegraph.graph.vocab.PredicateVocabulary;

import java.util.List;
import java.util.Locale;

/** Scores a stand-in run with the project's evaluator and prints recall, precision, the run's account and misses. */
final class StandInEvaluation {

    private StandInEvaluation() {
    }

    static Evaluation print(String documentId, String model, List<GoldFact> gold, ExtractionResult result,
                            LlmRunReport run) {
        Evaluation evaluation = new Evaluator(PredicateVocabulary.builtIn()).evaluate(gold, result.facts());
        System.out.printf(Locale.ROOT, "%-12s %-8s recall %5.1f%% (%d/%d)  precision %5.1f%% (%d/%d)  "
                        + "proposed %d, verified %d, rejected %s%n",
                documentId, model, 100 * evaluation.recall(), evaluation.found().size(), evaluation.goldCount(),
                100 * evaluation.precision(), evaluation.factsMatched(), evaluation.factsConsidered(),
                run.proposed(), run.verified(), run.rejectedByReason());
        evaluation.misses().forEach(miss -> System.out.printf("    miss %s: %s%n", miss.gold().id(), miss.why()));
        return evaluation;
    }
}
