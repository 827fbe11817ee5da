package dev.citegraph.extractor.extract;

import java.util.Map;
import java.util.Objects;

/**
 * A fact as proposed by an extractor (an LLM answer or a rule), before verification: words only, nothing trusted.
 * This is the wire contract's fact: {@code {"subject", "predicate", "object", "quote", "qualifiers"?}}.
 */
public record CandidateFact(String subject, String predicate, String object, String quote,
                            Map<String, String> qualifiers) {
    public CandidateFact {
        subject = Objects.requireNonNullElse(subject, "").strip();
        predicate = Objects.requireNonNullElse(predicate, "").strip();
        object = Objects.requireNonNullElse(object, "").strip();
        quote = Objects.requireNonNullElse(quote, "");
        qualifiers = qualifiers == null ? Map.of() : Map.copyOf(qualifiers);
    }
}
