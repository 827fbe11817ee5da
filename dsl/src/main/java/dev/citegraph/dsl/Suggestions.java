package dev.citegraph.dsl;

import dev.citegraph.graph.vocab.EditDistance;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean": the closest known word within a small edit distance. */
public final class Suggestions {
    private Suggestions() {
    }

    /** The candidate nearest to {@code word}, compared case-insensitively, if it is close enough to be a typo. */
    public static Optional<String> nearest(String word, Collection<String> candidates) {
        String key = word.toLowerCase(Locale.ROOT);
        int allowed = key.length() <= 3 ? 1 : key.length() <= 6 ? 2 : 3;
        return candidates.stream()
                .filter(c -> !c.isEmpty())
                .map(c -> new Scored(c, EditDistance.between(key, c.toLowerCase(Locale.ROOT))))
                .filter(s -> s.distance <= allowed && s.distance < Math.max(key.length(), s.candidate.length()))
                .min(Comparator.comparingInt(Scored::distance).thenComparing(Scored::candidate))
                .map(Scored::candidate);
    }

    /** All candidates tied for nearest (at most three), for names where a tie is worth showing: V2 or V3? */
    public static java.util.List<String> nearestAll(String word, Collection<String> candidates) {
        Optional<String> best = nearest(word, candidates);
        if (best.isEmpty()) return java.util.List.of();
        int distance = EditDistance.between(word.toLowerCase(Locale.ROOT), best.get().toLowerCase(Locale.ROOT));
        return candidates.stream().distinct()
                .filter(c -> EditDistance.between(word.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT)) == distance)
                .sorted().limit(3).toList();
    }

    private record Scored(String candidate, int distance) {
    }

}
