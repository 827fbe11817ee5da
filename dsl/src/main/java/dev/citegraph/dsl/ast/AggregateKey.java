package dev.citegraph.dsl.ast;

import java.util.Objects;

/** {@code order by count desc}: the aggregate value of the query. */
public record AggregateKey(Position position, AggregateFunction function) implements OrderTarget {
    public AggregateKey {
        Objects.requireNonNull(function, "function");
    }
}
