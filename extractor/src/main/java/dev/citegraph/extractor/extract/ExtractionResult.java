package dev.citegraph.extractor.extract;

import dev.citegraph.graph.model.Fact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts of one report (verified and rejected alike; the same statement found twice already merged into one fact
 * with two citations) and the sections that could not be extracted, each with the reason.
 */
public record ExtractionResult(List<Fact> facts, List<String> failedSections) {
    public ExtractionResult {
        facts = List.copyOf(facts);
        failedSections = List.copyOf(failedSections);
    }

    /** A result whose facts with the same id are merged, citations united, in first-seen order. */
    public static ExtractionResult merging(List<Fact> facts, List<String> failedSections) {
        Map<String, Fact> byId = new LinkedHashMap<>();
        for (Fact fact : facts) byId.merge(fact.id(), fact, Fact::mergedWith);
        return new ExtractionResult(new ArrayList<>(byId.values()), failedSections);
    }
}
