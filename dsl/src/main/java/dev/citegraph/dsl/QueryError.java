package dev.citegraph.dsl;

import dev.citegraph.dsl.ast.Position;
import dev.citegraph.graph.error.ErrorCode;

import java.util.Objects;

/**
 * A mistake in a query, pinned to where it starts. The code is stable (tests and programs may rely on it) and says
 * the kind: syntax, semantic or name; the message says what is wrong and how to fix it.
 */
public record QueryError(ErrorCode code, Position position, String message) {

    public QueryError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
        if (code.kind() == ErrorCode.Kind.REJECTION) {
            throw new IllegalArgumentException(code + " rejects a proposed fact; it is not a query error");
        }
    }

    public ErrorCode.Kind kind() {
        return code.kind();
    }

    /** {@code line 1:7: message}, then the query line and a caret under the column. */
    public String format(String source) {
        String header = "line " + position.line() + ":" + position.column() + ": " + message + " [" + code.code() + "]";
        String line = lineOf(source, position.line());
        if (line == null) return header;
        String pad = " ".repeat(Math.min(position.column() - 1, line.length()));
        return header + "\n" + line + "\n" + pad + "^";
    }

    private static String lineOf(String source, int number) {
        if (source == null) return null;
        String[] lines = source.split("\r\n|\r|\n", -1);
        return number - 1 < lines.length ? lines[number - 1] : null;
    }
}
