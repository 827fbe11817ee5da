package dev.citegraph.graph.store;

import dev.citegraph.graph.model.Fact;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a store's full-text index found for a {@link TextSearch}: the verified {@code facts} with a citation holding
 * one of the terms (with all their citations; when more match than the search's limit, those the index scores
 * highest), and the statistics a ranking above the store needs to weigh the terms alike on every store: how many
 * indexed citations there are, and for each term how many of them hold it, counted up to {@link #COUNT_CAP}.
 */
public record TextMatches(List<Fact> facts, long citations, Map<String, Long> citationsWithTerm) {
    /**
     * A term in more citations than this counts as this many: its weight is already low, and counting every hit of a
     * word that is everywhere would cost more than the search.
     */
    public static final int COUNT_CAP = 10_000;

    public TextMatches {
        facts = List.copyOf(facts);
        citationsWithTerm = Map.copyOf(Objects.requireNonNull(citationsWithTerm, "citationsWithTerm"));
        if (citations < 0) throw new IllegalArgumentException("citations < 0");
    }

    public long citationsWith(String term) {
        return citationsWithTerm.getOrDefault(term, 0L);
    }
}
