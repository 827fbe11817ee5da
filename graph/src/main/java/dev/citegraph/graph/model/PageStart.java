package dev.citegraph.graph.model;

/** The character offset in a section's text at which a printed page begins. */
public record PageStart(int page, int offset) {
    public PageStart {
        if (page < 1) throw new IllegalArgumentException("page is 1-based, was " + page);
        if (offset < 0) throw new IllegalArgumentException("offset must be >= 0, was " + offset);
    }
}
