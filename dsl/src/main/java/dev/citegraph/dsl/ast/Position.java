package dev.citegraph.dsl.ast;

/** Where a node starts in the query text: character offset (0-based), line and column (both 1-based). */
public record Position(int offset, int line, int column) {
    public static final Position START = new Position(0, 1, 1);

    public Position {
        if (offset < 0 || line < 1 || column < 1) {
            throw new IllegalArgumentException("bad position " + offset + " " + line + ":" + column);
        }
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
