package dev.citegraph.extractor.eval;

import dev.citegraph.graph.model.Fact;

import java.util.List;

/**
 * How a graph's facts compare with gold facts. Recall: the share of gold facts found. Precision: the share of
 * verified facts citing a gold document that match some gold fact (the others count against it).
 */
public record Evaluation(int goldCount, List<GoldFact> found, List<Miss> misses, int factsConsidered,
                         int factsMatched, List<Fact> unmatched) {

    /** A gold fact no verified fact matched, with the step where the closest facts fell short. */
    public record Miss(GoldFact gold, String why) {
    }

    public Evaluation {
        found = List.copyOf(found);
        misses = List.copyOf(misses);
        unmatched = List.copyOf(unmatched);
    }

    public double recall() {
        return goldCount == 0 ? 0 : found.size() / (double) goldCount;
    }

    public double precision() {
        return factsConsidered == 0 ? 0 : factsMatched / (double) factsConsidered;
    }
}
