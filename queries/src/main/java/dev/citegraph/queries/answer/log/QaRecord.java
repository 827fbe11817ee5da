package dev.citegraph.queries.answer.log;

import java.util.List;
import java.util.Objects;

/**
 * One line of the Q&A log: a question and everything that went into its answer. Built from one ask's own values, so a
 * line can only ever pair a question with its own answer.
 *
 * @param time       when the answer was given, ISO-8601 UTC
 * @param query      the citegraph query run for the question, empty when none was run
 * @param factsGiven ids of the facts the answer was allowed to use
 * @param citations  the facts the answer cites, with where each is written
 * @param model      the LLM as {@code provider:model}, or "extractive" when no LLM was used
 */
public record QaRecord(String time, String question, String query, List<String> factsGiven, String answer,
                       List<LoggedCitation> citations, String model, boolean notInDocuments,
                       List<String> droppedSentences) {

    public QaRecord {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        query = query == null ? "" : query;
        model = model == null ? "" : model;
        factsGiven = List.copyOf(factsGiven);
        citations = List.copyOf(citations);
        droppedSentences = List.copyOf(droppedSentences);
    }

    /** A cited fact and one place it is written. */
    public record LoggedCitation(String fact, String document, String section, Integer page, String quote) {
    }
}
