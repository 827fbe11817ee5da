package dev.citegraph.graph.query;

import java.util.Locale;

/** The aggregate of an aggregate query. */
public enum Aggregation {
    COUNT, SUM, MIN, MAX, AVG;

    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }
}
