package dev.citegraph.graph.model;

/** What an entity is, as far as extraction can tell. */
public enum EntityKind {
    MODEL, METHOD, DATASET, BENCHMARK, HARDWARE, ORGANIZATION, CONCEPT;

    public static EntityKind parse(String text) {
        if (text == null || text.isBlank()) return CONCEPT;
        try {
            return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return CONCEPT;
        }
    }
}
