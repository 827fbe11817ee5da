package dev.citegraph.queries.answer.compare;

import dev.citegraph.graph.model.Entity;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.vocab.PredicateVocabulary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares entities over the verified facts of a store: a name matches an entity's canonical name or any alias,
 * folded the way entity keys are (case, spaces, hyphens), and never across version tokens.
 */
public final class ComparisonService {
    private final GraphStore store;
    private final ComparisonBuilder builder;

    public ComparisonService(GraphStore store, PredicateVocabulary vocabulary) {
        this.store = store;
        this.builder = new ComparisonBuilder(vocabulary);
    }

    /** The outcome: a comparison, or the names no verified fact is about, with the entity names nearest to each. */
    public sealed interface Outcome {
        record Compared(Comparison comparison) implements Outcome {
        }

        record UnknownNames(List<String> names, List<String> suggestions) implements Outcome {
        }

        record NothingShared(List<String> names) implements Outcome {
        }
    }

    /** Compares on {@code predicates}, or on every predicate all the entities have a fact on when none are given. */
    public Outcome compare(List<String> names, List<String> predicates) {
        List<Fact> verified = store.allFacts().stream().filter(Fact::isVerified).toList();
        List<List<Fact>> perColumn = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            List<Fact> about = verified.stream().filter(f -> names(f.subject(), name)).toList();
            if (about.isEmpty()) unknown.add(name);
            perColumn.add(about);
        }
        if (!unknown.isEmpty()) return new Outcome.UnknownNames(unknown, nearest(unknown, verified));
        List<String> on = predicates.isEmpty() ? builder.sharedPredicates(perColumn) : predicates;
        if (on.isEmpty()) return new Outcome.NothingShared(names);
        return new Outcome.Compared(builder.build(names, on, perColumn));
    }

    static boolean names(Entity entity, String name) {
        String key = Entity.keyOf(name);
        return entity.id().equals(key) || entity.aliases().stream().anyMatch(alias -> Entity.keyOf(alias).equals(key));
    }

    /** Subject names closest in spelling to the unknown ones, for a "did you mean". */
    private static List<String> nearest(List<String> unknown, List<Fact> facts) {
        Set<String> subjects = new TreeSet<>();
        facts.forEach(f -> subjects.add(f.subject().name()));
        List<String> suggestions = new ArrayList<>();
        for (String name : unknown) {
            subjects.stream()
                    .min(Comparator.comparingInt(s -> distance(Entity.keyOf(s), Entity.keyOf(name))))
                    .filter(s -> !suggestions.contains(s))
                    .ifPresent(suggestions::add);
        }
        return suggestions;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            int[] current = new int[b.length() + 1];
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1),
                        previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            previous = current;
        }
        return previous[b.length()];
    }
}
