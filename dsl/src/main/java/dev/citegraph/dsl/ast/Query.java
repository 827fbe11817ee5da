package dev.citegraph.dsl.ast;

import java.util.Objects;

/** A whole query: one statement, perhaps to be explained rather than run. */
public record Query(Position position, boolean explain, Statement statement) implements Node {
    public Query {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(statement, "statement");
    }
}
