package dev.citegraph.dsl.ast;

import java.math.BigDecimal;
import java.util.Objects;

/** A number as written ({@code 14.8T}) and its exact value (14800000000000). */
public record NumberLiteral(Position position, BigDecimal value, String text) implements Operand {
    public NumberLiteral {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(text, "text");
    }
}
