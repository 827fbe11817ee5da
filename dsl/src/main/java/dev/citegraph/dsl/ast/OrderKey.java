package dev.citegraph.dsl.ast;

import java.util.Objects;

/** One key of an {@code order by}. */
public record OrderKey(Position position, OrderTarget target, boolean descending) implements Node {
    public OrderKey {
        Objects.requireNonNull(target, "target");
    }
}
