package dev.citegraph.graph.query;

import java.util.List;
import java.util.Objects;

/**
 * A pattern no verified fact may match, for the row's bindings: {@code not ?m uses "MLA"}. Its fact is named
 * f{index} inside the test only; variables it alone names stand for any entity or value.
 */
public record Absence(Pattern pattern, List<Qualifier> qualifiers) {
    public Absence {
        Objects.requireNonNull(pattern, "pattern");
        qualifiers = List.copyOf(qualifiers);
    }
}
