package dev.citegraph.queries.answer.compare;

import dev.citegraph.graph.vocab.EditDistance;
import dev.citegraph.dsl.CompiledQuery;
import dev.citegraph.dsl.QueryCompiler;
import dev.citegraph.graph.model.Entity;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.store.QueryResult;
import dev.citegraph.graph.vocab.PredicateVocabulary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Compares entities through the query language: {@code compare $name0, $name1 on p1, p2} finds the cells,
 * {@code facts about $name} what each entity has facts on. Names travel as parameters, never pasted into query text;
 * predicates are checked to be plain words before they are written into it. Names match canonical names and aliases
 * (case, spaces and hyphens folded), never across version tokens.
 */
public final class ComparisonService {
    private static final Pattern WORD = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");

    private final GraphStore store;
    private final PredicateVocabulary vocabulary;
    private final QueryCompiler compiler;
    private final ComparisonBuilder builder;

    public ComparisonService(GraphStore store, PredicateVocabulary vocabulary) {
        this.store = store;
        this.vocabulary = vocabulary;
        this.compiler = new QueryCompiler(vocabulary);
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
        return new Outcome.Compared(builder.build(names, on, cells(names, on)));
    }

    /** The verified facts whose subject each name names. */
    private List<List<Fact>> factsAbout(List<String> names) {
        CompiledQuery query = compiler.compile("facts about $name");
        List<List<Fact>> about = new ArrayList<>();
        for (String name : names) {
            List<Fact> facts = store.facts(ids(store.run(query.bind(Map.of("name", name))), "f0"));
            about.add(facts.stream().filter(Fact::isVerified).filter(f -> names(f.subject(), name)).toList());
        }
        return about;
    }

    /** Each column's facts on the predicates, from one compare statement. */
    private List<List<Fact>> cells(List<String> names, List<String> predicates) {
        List<String> slots = new ArrayList<>();
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            slots.add("$name" + i);
            parameters.put("name" + i, names.get(i));
        }
        CompiledQuery query = compiler.compile("compare " + String.join(", ", slots) + " on "
                + String.join(", ", predicates));
        QueryResult result = store.run(query.bind(parameters));
        List<Set<String>> idsPerColumn = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) idsPerColumn.add(new LinkedHashSet<>());
        for (Map<String, Object> row : result.rows()) {
            idsPerColumn.get(((Number) row.get("col")).intValue()).add(String.valueOf(row.get("f0")));
        }
        List<List<Fact>> cells = new ArrayList<>();
        for (Set<String> ids : idsPerColumn) cells.add(store.facts(ids).stream().filter(Fact::isVerified).toList());
        return cells;
    }

    private static Set<String> ids(QueryResult result, String column) {
        Set<String> ids = new LinkedHashSet<>();
        for (Map<String, Object> row : result.rows()) ids.add(String.valueOf(row.get(column)));
        return ids;
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
