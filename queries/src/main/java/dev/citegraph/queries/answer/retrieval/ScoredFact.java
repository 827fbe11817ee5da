package dev.citegraph.queries.answer.retrieval;

import dev.citegraph.graph.model.Fact;

import java.util.Objects;

/**
 * A fact found for a question: its BM25 {@code score} (ranks facts for one question), its {@code coverage}, the
 * IDF-weighted share of the question's words it matches (0..1, comparable across questions), and whether it is
 * {@code onTopic}: it matches one of the names the question gives (if any) and half the weight of its other words,
 * so a fact about training Llama 3 does not answer how many GPUs trained it, nor DeepSeek-V2's context length
 * Mistral's.
 */
public record ScoredFact(Fact fact, double score, double coverage, boolean onTopic) {
    public ScoredFact {
        Objects.requireNonNull(fact, "fact");
    }
}
