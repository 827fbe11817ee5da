package dev.citegraph.dsl.ast;

import java.util.Objects;

/** A double-quoted string, escapes resolved. */
public record StringLiteral(Position position, String text) implements Argument, Operand, Term {
    public StringLiteral {
        Objects.requireNonNull(text, "text");
    }
}
