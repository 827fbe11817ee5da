package dev.citegraph.queries.answer.ask;

import dev.citegraph.graph.model.Fact;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What citegraph answers to a question, and everything that went into it.
 *
 * @param sentences  the answer's sentences, each checked against the facts given; only supported ones are shown
 * @param cited      the facts the shown sentences cite, in order of first citation
 * @param factsGiven ids of the facts the answer was allowed to use (given to the model, or ranked when extractive)
 * @param query      the citegraph query run for the question; empty when none was
 * @param model      {@code provider:model}, or {@link #EXTRACTIVE} when no LLM took part
 */
public record Answer(String question, List<CheckedSentence> sentences, List<Fact> cited, List<String> factsGiven,
                     String query, String model, Instant time) {
    public static final String NOT_IN_DOCUMENTS = "Not in the documents.";
    public static final String EXTRACTIVE = "extractive";

    public Answer {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(time, "time");
        sentences = List.copyOf(sentences);
        cited = List.copyOf(cited);
        factsGiven = List.copyOf(factsGiven);
        query = query == null ? "" : query;
        model = model == null || model.isBlank() ? EXTRACTIVE : model;
    }

    /** True when no sentence of the answer is supported by a fact given: the documents do not answer the question. */
    public boolean notInDocuments() {
        return sentences.stream().noneMatch(CheckedSentence::supported);
    }

    /** The supported sentences, or "Not in the documents." when there are none. */
    public String text() {
        if (notInDocuments()) return NOT_IN_DOCUMENTS;
        return String.join("\n", sentences.stream().filter(CheckedSentence::supported)
                .map(CheckedSentence::text).toList());
    }

    /** Sentences left out of the answer, with why. */
    public List<CheckedSentence> dropped() {
        return sentences.stream().filter(s -> !s.supported()).toList();
    }
}
