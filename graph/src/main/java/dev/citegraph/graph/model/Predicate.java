package dev.citegraph.graph.model;

import java.util.Objects;

/** A relation name: the canonical one from the vocabulary ("uses") and the words the report used ("adopts"). */
public record Predicate(String name, String surface) {
    public Predicate {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) throw new IllegalArgumentException("predicate must not be blank");
        surface = surface == null || surface.isBlank() ? name : surface;
    }

    public static Predicate of(String name) {
        return new Predicate(name, name);
    }
}
