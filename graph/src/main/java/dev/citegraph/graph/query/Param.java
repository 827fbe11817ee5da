package dev.citegraph.graph.query;

import java.util.Objects;

/**
 * A named parameter of a graph query: the only way a value reaches a store. The compiler names it; the caller binds
 * its value when the query runs; each store passes it to its engine as a parameter, never as query text.
 */
public record Param(String name) {
    public Param {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[a-z][a-z0-9_]*")) throw new IllegalArgumentException("bad parameter name " + name);
    }

    @Override
    public String toString() {
        return "$" + name;
    }
}
