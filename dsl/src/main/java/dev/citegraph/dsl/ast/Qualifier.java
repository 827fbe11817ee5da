package dev.citegraph.dsl.ast;

import java.util.Objects;

/**
 * {@code stage = "pre-training"} inside a pattern's or a comparison's brackets: the fact must carry this qualifier
 * with this value (both compared case-insensitively).
 */
public record Qualifier(Position position, String key, Argument value) implements Node {
    public Qualifier {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }
}
