package dev.citegraph.extractor.llm;

import dev.citegraph.extractor.extract.CandidateFact;

import java.util.List;
import java.util.Objects;

/** What a model's answer said: proposed facts, or why it could not be read. */
public sealed interface ParsedAnswer {

    /**
     * The facts proposed. {@code incomplete} counts entries that lacked a subject, predicate, object or quote: they
     * cannot be cited, so they are counted, not kept.
     */
    record Facts(List<CandidateFact> facts, int incomplete) implements ParsedAnswer {
        public Facts {
            facts = List.copyOf(facts);
            if (incomplete < 0) throw new IllegalArgumentException("incomplete must be >= 0");
        }
    }

    /** The answer held no readable wire-contract JSON; {@code reason} is told to the model when it is asked again. */
    record Unreadable(String reason) implements ParsedAnswer {
        public Unreadable {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
