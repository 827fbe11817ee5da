package dev.citegraph.dsl.plan;

import java.util.Optional;

/** Facts count only with a citation in this document and/or (sub)section. */
public record ScopePlan(Optional<Slot> document, Optional<Slot> section) {
    public ScopePlan {
        if (document.isEmpty() && section.isEmpty()) throw new IllegalArgumentException("empty scope");
    }
}
