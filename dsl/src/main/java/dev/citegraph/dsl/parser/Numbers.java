package dev.citegraph.dsl.parser;

import dev.citegraph.dsl.ast.NumberLiteral;
import dev.citegraph.dsl.ast.Position;
import org.antlr.v4.runtime.Token;

import java.math.BigDecimal;

/** Number literals with the suffixes reports use: K, M, B, T. */
final class Numbers {
    private Numbers() {
    }

    static NumberLiteral literal(Token token, Position position) {
        return new NumberLiteral(position, value(token.getText()), token.getText());
    }

    /** "14.8T" → 14800000000000, "2664K" → 2664000; exact decimals. */
    static BigDecimal value(String text) {
        char last = Character.toUpperCase(text.charAt(text.length() - 1));
        int exponent = switch (last) {
            case 'K' -> 3;
            case 'M' -> 6;
            case 'B' -> 9;
            case 'T' -> 12;
            default -> 0;
        };
        String digits = exponent == 0 ? text : text.substring(0, text.length() - 1);
        BigDecimal value = new BigDecimal(digits).scaleByPowerOfTen(exponent).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }
}
