package dev.citegraph.graph.query;

import java.util.Optional;

/** Facts count only with a citation in this document and/or (sub)section. */
public record Scope(Optional<Param> document, Optional<Param> section) {
    public Scope {
        if (document.isEmpty() && section.isEmpty()) throw new IllegalArgumentException("empty scope");
    }
}
