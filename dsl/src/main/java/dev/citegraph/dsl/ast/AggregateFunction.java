package dev.citegraph.dsl.ast;

/** The aggregate of an aggregate query. */
public enum AggregateFunction {
    COUNT, SUM, MIN, MAX, AVG;

    public String keyword() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
