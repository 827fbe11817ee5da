package dev.citegraph.graph.store;

import java.util.Objects;
import java.util.Set;

/**
 * A full-text search over the citations of verified facts: {@code terms} are {@link Tokens} (as {@link FactText}
 * indexes them), a citation matches when it holds any of them, and at most {@code limit} facts come back.
 */
public record TextSearch(Set<String> terms, int limit) {
    public TextSearch {
        Objects.requireNonNull(terms, "terms");
        terms = Set.copyOf(terms);
        if (terms.stream().anyMatch(t -> t.isBlank() || t.chars().anyMatch(Character::isWhitespace))) {
            throw new IllegalArgumentException("terms are single words as Tokens makes them: " + terms);
        }
        if (limit < 1) throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
}
