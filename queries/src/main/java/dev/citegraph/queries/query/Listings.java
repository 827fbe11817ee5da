package dev.citegraph.queries.query;

import dev.citegraph.graph.query.GraphQuery;
import dev.citegraph.graph.query.QueryRows;
import dev.citegraph.graph.vocab.PredicateVocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The answer to {@code show ...}: one column set per listing kind; a section's text is cut to a snippet; a predicate
 * says how the vocabulary maps it, so that unmapped ones can be added to it.
 */
final class Listings {
    private static final int SNIPPET = 60;

    private Listings() {
    }

    static Answer.Listing of(GraphQuery.Listing query, QueryRows.ListingRows rows, Map<String, Object> bound,
                             PredicateVocabulary vocabulary) {
        String needle = query.matching().map(m -> String.valueOf(bound.get(m.name()))).orElse("");
        List<List<String>> cells = new ArrayList<>();
        for (QueryRows.ListingRow row : rows.rows()) {
            cells.add(row.match(
                    p -> List.of(p.predicate(), Long.toString(p.facts()), mapping(p.predicate(), vocabulary)),
                    e -> List.of(e.name(), e.kind(), Long.toString(e.facts())),
                    d -> List.of(d.id(), d.title(), number(d.pages())),
                    s -> List.of(s.document(), s.number(), s.title(), number(s.page()), snippet(s.text(), needle))));
        }
        return new Answer.Listing(columns(query), cells);
    }

    private static List<String> columns(GraphQuery.Listing query) {
        return switch (query.kind()) {
            case PREDICATES -> List.of("predicate", "facts", "vocabulary");
            case ENTITIES -> List.of("name", "kind", "facts");
            case DOCUMENTS -> List.of("id", "title", "pages");
            case SECTIONS -> List.of("document", "section", "title", "page", "text");
        };
    }

    /** How the vocabulary knows a stored predicate. */
    private static String mapping(String predicate, PredicateVocabulary vocabulary) {
        if (vocabulary.knows(predicate)) {
            return vocabulary.parent(predicate).map(p -> "kind of " + p).orElse("known");
        }
        return vocabulary.inferredParent(predicate).map(p -> "kind of " + p + " (by its words)")
                .orElse("unmapped: add it to the vocabulary");
    }

    private static String number(Optional<Integer> number) {
        return number.map(String::valueOf).orElse("");
    }

    private static String snippet(String text, String needle) {
        String flat = text.replaceAll("\\s+", " ").strip();
        int at = needle.isEmpty() ? 0 : flat.toLowerCase(Locale.ROOT).indexOf(needle);
        if (at < 0) at = 0;
        int from = Math.max(0, at - SNIPPET);
        int to = Math.min(flat.length(), at + needle.length() + SNIPPET);
        return (from > 0 ? "…" : "") + flat.substring(from, to) + (to < flat.length() ? "…" : "");
    }
}
