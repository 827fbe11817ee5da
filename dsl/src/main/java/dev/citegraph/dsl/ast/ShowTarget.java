package dev.citegraph.dsl.ast;

/** What {@code show} lists. */
public enum ShowTarget {
    PREDICATES, ENTITIES, DOCUMENTS, SECTIONS;

    public String keyword() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
