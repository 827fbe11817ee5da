package dev.citegraph.queries.answer.ask;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of a model's answer with the fact ids it cites and whether it may be shown: only a sentence citing at
 * least one fact, every one of them among the facts the model was given, is {@link Verdict#SUPPORTED}.
 */
public record CheckedSentence(String text, List<String> citedIds, Verdict verdict, List<String> unknownIds) {

    public enum Verdict {
        SUPPORTED,
        /** Cites nothing: the model may be speaking from its own knowledge. */
        NO_CITATION,
        /** Cites an id citegraph did not give it: invented or carried over from elsewhere. */
        UNKNOWN_FACT
    }

    public CheckedSentence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(verdict, "verdict");
        citedIds = List.copyOf(citedIds);
        unknownIds = List.copyOf(unknownIds);
    }

    public boolean supported() {
        return verdict == Verdict.SUPPORTED;
    }
}
