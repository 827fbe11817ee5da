package dev.citegraph.dsl.names;

import dev.citegraph.dsl.CompiledQuery;
import dev.citegraph.dsl.QueryError;
import dev.citegraph.dsl.QueryException;
import dev.citegraph.dsl.Suggestions;
import dev.citegraph.dsl.Slot;
import dev.citegraph.graph.error.ErrorCode;
import dev.citegraph.graph.model.Entity;
import dev.citegraph.graph.vocab.PredicateVocabulary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static dev.citegraph.graph.error.ErrorCode.UNKNOWN_DOCUMENT;
import static dev.citegraph.graph.error.ErrorCode.UNKNOWN_ENTITY;
import static dev.citegraph.graph.error.ErrorCode.UNKNOWN_PREDICATE;

/**
 * Checks a bound query's names against the graph: an entity, predicate or document the graph does not know is an
 * error that names the nearest one it does know.
 */
public final class NameCheck {
    private NameCheck() {
    }

    /** @throws QueryException N301, N302 or N305 at the name's position */
    public static void check(CompiledQuery compiled, Map<String, Object> bound, Catalog catalog,
                             PredicateVocabulary vocabulary) {
        for (Slot slot : compiled.slots()) {
            Object value = bound.get(slot.name());
            switch (slot.role()) {
                case ENTITY_KEY -> entity(compiled, slot, (String) value, catalog);
                case PREDICATE -> predicate(compiled, slot, (String) value, catalog, vocabulary);
                case DOCUMENT -> document(compiled, slot, (String) value, catalog);
                default -> {
                }
            }
        }
    }

    private static void entity(CompiledQuery compiled, Slot slot, String key, Catalog catalog) {
        if (catalog.hasEntity(key)) return;
        Map<String, String> byKey = new HashMap<>();
        for (String name : catalog.entityNames()) byKey.putIfAbsent(Entity.keyOf(name), name);
        List<String> near = Suggestions.nearestAll(key, byKey.keySet()).stream().map(byKey::get).toList();
        throw error(compiled, UNKNOWN_ENTITY, slot, "no entity named \"" + typed(slot, key) + "\" in the graph"
                + didYouMean(near, " (list them with: show entities)"));
    }

    private static void predicate(CompiledQuery compiled, Slot slot, String canonical, Catalog catalog,
                                  PredicateVocabulary vocabulary) {
        if (vocabulary.knows(canonical) || catalog.predicates().contains(canonical)) return;
        List<String> known = new ArrayList<>(catalog.predicates());
        for (String name : vocabulary.canonicalNames()) known.addAll(vocabulary.spellings(name));
        Optional<String> near = Suggestions.nearest(canonical, known);
        throw error(compiled, UNKNOWN_PREDICATE, slot, "unknown predicate '" + typed(slot, canonical) + "'"
                + near.map(n -> ". Did you mean '" + n + "'?").orElse(" (list them with: show predicates)"));
    }

    private static void document(CompiledQuery compiled, Slot slot, String id, Catalog catalog) {
        Map<String, String> byLower = new HashMap<>();
        for (String doc : catalog.documentIds()) byLower.put(doc.toLowerCase(Locale.ROOT), doc);
        if (byLower.containsKey(id)) return;
        List<String> near = Suggestions.nearestAll(id, byLower.keySet()).stream().map(byLower::get).toList();
        throw error(compiled, UNKNOWN_DOCUMENT, slot, "no document \"" + typed(slot, id) + "\" in the graph"
                + didYouMean(near, " (list them with: show documents)"));
    }

    private static String didYouMean(List<String> names, String otherwise) {
        if (names.isEmpty()) return otherwise;
        return ". Did you mean " + String.join(" or ", names.stream().map(n -> "\"" + n + "\"").toList()) + "?";
    }

    private static String typed(Slot slot, String bound) {
        return slot.source() instanceof Slot.Literal l ? l.asTyped() : bound;
    }

    private static QueryException error(CompiledQuery compiled, ErrorCode code, Slot slot, String message) {
        return new QueryException(new QueryError(code, slot.position(), message),
                compiled.source());
    }
}
