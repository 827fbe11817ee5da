package dev.citegraph.graph.query;

import java.util.Objects;

/**
 * A qualifier a fact must carry: key and value, both bound in lower case and compared with the fact's
 * {@code key=value} qualifiers case-insensitively.
 */
public record Qualifier(Param key, Param value) {
    public Qualifier {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return key + " = " + value;
    }
}
