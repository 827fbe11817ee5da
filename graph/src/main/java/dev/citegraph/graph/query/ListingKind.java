package dev.citegraph.graph.query;

import java.util.Locale;

/** What a listing lists. */
public enum ListingKind {
    PREDICATES, ENTITIES, DOCUMENTS, SECTIONS;

    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }
}
