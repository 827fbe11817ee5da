package dev.citegraph.extractor.llm;

import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.FactStatus;
import dev.citegraph.graph.model.Verdict;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts an extractor's work across every report it extracts; {@link #report} takes a snapshot. Thread-safe. */
final class RunTally {

    private final String model;
    private int reports;
    private int sections;
    private int parts;
    private int modelCalls;
    private int cacheHits;
    private TokenCount tokens = TokenCount.NONE;
    private int proposed;
    private int incomplete;
    private int verified;
    private final Map<String, Integer> rejected = new TreeMap<>();
    private final List<String> failed = new ArrayList<>();
    private Duration wall = Duration.ZERO;

    RunTally(String model) {
        this.model = model;
    }

    synchronized void report(int sectionCount, int partCount, Duration took) {
        reports++;
        sections += sectionCount;
        parts += partCount;
        wall = wall.plus(took);
    }

    synchronized void outcome(ChunkOutcome outcome, List<Fact> facts) {
        modelCalls += outcome.calls();
        tokens = tokens.plus(outcome.tokens());
        if (outcome instanceof ChunkOutcome.Extracted extracted) {
            if (extracted.cached()) cacheHits++;
            proposed += extracted.facts().size();
            incomplete += extracted.incomplete();
        } else if (outcome instanceof ChunkOutcome.Failed failure) {
            failed.add(failure.chunk().section().documentId() + " " + failure.chunk().label() + ": "
                    + failure.reason());
        }
        for (Fact fact : facts) {
            if (fact.status() == FactStatus.VERIFIED) verified++;
            else if (fact.verdict() instanceof Verdict.Rejected rejection) {
                rejected.merge(rejection.code().code(), 1, Integer::sum);
            }
        }
    }

    synchronized LlmRunReport snapshot() {
        return new LlmRunReport(model, reports, sections, parts, modelCalls, cacheHits, tokens, proposed, incomplete,
                verified, rejected, failed, wall);
    }
}
