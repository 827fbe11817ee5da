package dev.citegraph.extractor.extract;

import dev.citegraph.graph.model.Fact;

import java.util.List;

/**
 * The facts of one report (verified and rejected alike; the same statement found twice already merged into one fact
 * with two citations) and the sections that could not be extracted, each with the reason.
 */
public record ExtractionResult(List<Fact> facts, List<String> failedSections) {
    public ExtractionResult {
        facts = List.copyOf(facts);
        failedSections = List.copyOf(failedSections);
    }
}
