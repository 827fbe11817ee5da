package dev.citegraph.queries.answer.retrieval;

import dev.citegraph.graph.model.Fact;

import java.util.Objects;

/**
 * A fact found for a question: its BM25 {@code score} (ranks facts for one question) and its {@code coverage}, the
 * IDF-weighted share of the question's words it matches (0..1, comparable across questions).
 */
public record ScoredFact(Fact fact, double score, double coverage) {
    public ScoredFact {
        Objects.requireNonNull(fact, "fact");
    }
}
