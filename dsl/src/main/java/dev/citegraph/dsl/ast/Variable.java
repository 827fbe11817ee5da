package dev.citegraph.dsl.ast;

import java.util.Objects;

/** {@code ?model}; the name is kept without the question mark, in lower case. */
public record Variable(Position position, String name) implements Term, PredicateRef, GroupKey, OrderTarget {
    public Variable {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[a-z_][a-z0-9_]*")) throw new IllegalArgumentException("bad variable name " + name);
    }

    @Override
    public String toString() {
        return "?" + name;
    }
}
