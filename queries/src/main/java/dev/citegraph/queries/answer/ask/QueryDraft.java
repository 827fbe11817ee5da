package dev.citegraph.queries.answer.ask;

import dev.citegraph.graph.model.Fact;

import java.util.List;

import java.util.Objects;

/** What the model made of a question as a citegraph query: a query that ran, with its facts, or the last error. */
public sealed interface QueryDraft {

    /** The text the model wrote last (empty when it wrote nothing usable). */
    String text();

    record Valid(String text, List<Fact> facts) implements QueryDraft {
        public Valid {
            Objects.requireNonNull(text, "text");
            facts = List.copyOf(facts);
        }
    }

    record Invalid(String text, String error) implements QueryDraft {
        public Invalid {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(error, "error");
        }
    }
}
