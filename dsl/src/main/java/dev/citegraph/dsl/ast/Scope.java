package dev.citegraph.dsl.ast;

import java.util.Optional;

/**
 * {@code in "deepseek-v3" section "3.3"}: only facts with a citation in that document and (sub)section. At least one
 * of the two is present.
 */
public record Scope(Position position, Optional<Argument> document, Optional<Argument> section) implements Node {
    public Scope {
        if (document.isEmpty() && section.isEmpty()) throw new IllegalArgumentException("empty scope");
    }
}
