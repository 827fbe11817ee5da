package dev.citegraph.dsl.ast;

/** The word {@code document} in {@code group by document} or {@code order by document}. */
public record DocumentKey(Position position) implements GroupKey, OrderTarget {
}
