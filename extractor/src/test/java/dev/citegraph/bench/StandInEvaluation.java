package dev.citegraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citegraph.extractor.extract.ExtractionResult;
import dev.citegraph.extractor.llm.LlmRunReport;

import java.util.List;

/** Prints what a stand-in run gave: the pipeline's own account, per report and model. */
final class StandInEvaluation {

    private StandInEvaluation() {
    }

    static void print(String documentId, String model, List<JsonNode> gold, ExtractionResult result,
                      LlmRunReport run) {
        System.out.printf("%s, %s stand-in: %d gold facts, %d proposed, %d verified, rejected %s, %d failed parts%n",
                documentId, model, gold.size(), run.proposed(), run.verified(), run.rejectedByReason(),
                run.failedParts().size());
        if (model.equals("perfect")) {
            result.facts().stream().filter(f -> f.status() == dev.citegraph.graph.model.FactStatus.REJECTED)
                    .forEach(f -> System.out.printf("  rejected although gold: %s %s (%s): %s%n",
                            f.citations().get(0).sectionNumber(), f.predicate().surface(), f.reason(),
                            f.citations().get(0).quote()));
        }
    }
}
