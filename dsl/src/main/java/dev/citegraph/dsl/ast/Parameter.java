package dev.citegraph.dsl.ast;

import java.util.Objects;

/** {@code $model}: a value supplied when the query runs. */
public record Parameter(Position position, String name) implements Argument, Operand, Term {
    public Parameter {
        Objects.requireNonNull(name, "name");
    }
}
