package dev.citegraph.queries.answer.compare;

import dev.citegraph.graph.vocab.EditDistance;
import dev.citegraph.graph.model.Entity;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.query.GraphQuery;
import dev.citegraph.graph.query.Param;
import dev.citegraph.graph.query.QueryRows;
import dev.citegraph.graph.query.StatusFilter;
import dev.citegraph.graph.vocab.PredicateVocabulary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Compares entities through graph queries built here, not query text: a comparison query finds the cells, a
 * facts-about query what each entity has facts on, and the facts themselves are read in one call for all the names
 * (each call to the store is a round trip; a comparison took 3n + 1 of them, now n + 2). Names and predicates travel
 * as parameters. Names match canonical names and aliases (case, spaces and hyphens folded), never across version
 * tokens; predicates that are not plain words are refused, since no stored predicate could match them.
 */
public final class ComparisonService {
    private static final Pattern WORD = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");
    private static final Param NAME = new Param("name");

    private final GraphStore store;
    private final PredicateVocabulary vocabulary;
    private final ComparisonBuilder builder;

    public ComparisonService(GraphStore store, PredicateVocabulary vocabulary) {
        this.store = store;
        this.vocabulary = vocabulary;
        this.builder = new ComparisonBuilder(vocabulary);
    }

    /** A comparison, or why there is none: unknown names (with near names), nothing in common, bad predicates. */
    public sealed interface Outcome {
        record Compared(Comparison comparison) implements Outcome {
        }

        record UnknownNames(List<String> names, List<String> suggestions) implements Outcome {
        }

        record NothingShared(List<String> names) implements Outcome {
        }

        /** Predicates given that are not plain words, so cannot be predicates. */
        record BadPredicates(List<String> predicates) implements Outcome {
        }
    }

    /** Compares on {@code predicates}, or on every predicate all the entities have a fact on when none are given. */
    public Outcome compare(List<String> names, List<String> predicates) {
        List<String> on = predicates.stream().map(vocabulary::canonicalOrSelf).distinct().toList();
        List<String> bad = on.stream().filter(p -> !WORD.matcher(p).matches()).toList();
        if (!bad.isEmpty()) return new Outcome.BadPredicates(bad);
        List<List<Fact>> about = factsAbout(names);
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) if (about.get(i).isEmpty()) unknown.add(names.get(i));
        if (!unknown.isEmpty()) return new Outcome.UnknownNames(unknown, nearest(unknown));
        if (on.isEmpty()) on = builder.sharedPredicates(about);
        if (on.isEmpty()) return new Outcome.NothingShared(names);
        return new Outcome.Compared(builder.build(names, on, cells(names, on, about)));
    }

    /** The verified facts whose subject each name names, read from the store in one call for all the names. */
    private List<List<Fact>> factsAbout(List<String> names) {
        GraphQuery.FactsAbout query = new GraphQuery.FactsAbout(NAME, Optional.empty(), StatusFilter.VERIFIED_ONLY,
                Optional.empty());
        List<List<String>> idsPerName = new ArrayList<>();
        Set<String> all = new LinkedHashSet<>();
        for (String name : names) {
            QueryRows.FactRows rows = store.run(query, Map.of(NAME.name(), Entity.keyOf(name)));
            List<String> ids = rows.rows().stream().map(r -> r.factIds().get(0)).distinct().toList();
            idsPerName.add(ids);
            all.addAll(ids);
        }
        Map<String, Fact> read = byId(store.facts(all));
        List<List<Fact>> about = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            about.add(idsPerName.get(i).stream().map(read::get).filter(Objects::nonNull).filter(Fact::isVerified)
                    .filter(f -> names(f.subject(), name)).toList());
        }
        return about;
    }

    /**
     * Each column's facts on the predicates, from one comparison query. The facts are those already read about the
     * names; any the comparison finds beyond them are read in one more call, so the cells never depend on the two
     * queries matching names alike.
     */
    private List<List<Fact>> cells(List<String> names, List<String> predicates, List<List<Fact>> about) {
        List<Param> subjects = new ArrayList<>();
        List<Param> on = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            subjects.add(new Param("name" + i));
            parameters.put("name" + i, Entity.keyOf(names.get(i)));
        }
        for (int i = 0; i < predicates.size(); i++) {
            on.add(new Param("pred" + i));
            parameters.put("pred" + i, predicates.get(i));
        }
        QueryRows.CompareRows rows = store.run(new GraphQuery.Compare(false, subjects, on, List.of(), List.of(), Optional.empty(),
                StatusFilter.VERIFIED_ONLY), parameters);
        List<Set<String>> idsPerColumn = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) idsPerColumn.add(new LinkedHashSet<>());
        for (QueryRows.CompareCell cell : rows.cells()) idsPerColumn.get(cell.column()).add(cell.factId());
        Map<String, Fact> known = byId(about.stream().flatMap(List::stream).toList());
        List<String> unread = idsPerColumn.stream().flatMap(Set::stream).filter(id -> !known.containsKey(id))
                .distinct().toList();
        if (!unread.isEmpty()) known.putAll(byId(store.facts(unread)));
        List<List<Fact>> cells = new ArrayList<>();
        for (Set<String> ids : idsPerColumn) {
            cells.add(ids.stream().map(known::get).filter(Objects::nonNull).filter(Fact::isVerified).toList());
        }
        return cells;
    }

    private static Map<String, Fact> byId(List<Fact> facts) {
        Map<String, Fact> byId = new HashMap<>();
        for (Fact fact : facts) byId.putIfAbsent(fact.id(), fact);
        return byId;
    }

    static boolean names(Entity entity, String name) {
        String key = Entity.keyOf(name);
        return entity.id().equals(key) || entity.aliases().stream().anyMatch(alias -> Entity.keyOf(alias).equals(key));
    }

    /** Subject names closest in spelling to the unknown ones, for a "did you mean". */
    private List<String> nearest(List<String> unknown) {
        Set<String> subjects = new TreeSet<>();
        store.allFacts().stream().filter(Fact::isVerified).forEach(f -> subjects.add(f.subject().name()));
        List<String> suggestions = new ArrayList<>();
        for (String name : unknown) {
            subjects.stream()
                    .min(Comparator.comparingInt(s -> EditDistance.between(Entity.keyOf(s), Entity.keyOf(name))))
                    .filter(s -> !suggestions.contains(s))
                    .ifPresent(suggestions::add);
        }
        return suggestions;
    }

}
