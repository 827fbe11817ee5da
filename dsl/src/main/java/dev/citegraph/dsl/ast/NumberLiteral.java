package dev.citegraph.dsl.ast;

import java.math.BigDecimal;
import java.util.Objects;

/** A number as written ({@code 14.8T}) and its exact value (14800000000000). */
public record NumberLiteral(Position position, BigDecimal value, String text) implements Operand {
    public NumberLiteral {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(text, "text");
    }

    /**
     * What a number written with the suffixes reports use (K, M, B, T) stands for: "14.8T" → 14800000000000,
     * "2664K" → 2664000; exact decimals. The caller has checked {@code text} is digits with at most one suffix.
     */
    public static BigDecimal valueOf(String text) {
        char last = Character.toUpperCase(text.charAt(text.length() - 1));
        int exponent = switch (last) {
            case 'K' -> 3;
            case 'M' -> 6;
            case 'B' -> 9;
            case 'T' -> 12;
            default -> 0;
        };
        String digits = exponent == 0 ? text : text.substring(0, text.length() - 1);
        return new BigDecimal(digits).scaleByPowerOfTen(exponent);
    }
}
