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

    /** The exact value of a NUMBER token, without trailing zeros: "14.8T" → 14800000000000. */
    static BigDecimal value(String text) {
        BigDecimal value = NumberLiteral.valueOf(text).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }
}
