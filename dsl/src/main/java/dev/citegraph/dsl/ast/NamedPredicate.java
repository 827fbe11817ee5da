package dev.citegraph.dsl.ast;

import java.util.Objects;

/** A predicate as typed ({@code adopts}); the vocabulary maps it to its canonical name. */
public record NamedPredicate(Position position, String word) implements PredicateRef {
    public NamedPredicate {
        Objects.requireNonNull(word, "word");
    }
}
