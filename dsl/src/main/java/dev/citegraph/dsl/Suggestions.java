package dev.citegraph.dsl;

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
                .map(c -> new Scored(c, distance(key, c.toLowerCase(Locale.ROOT))))
                .filter(s -> s.distance <= allowed && s.distance < Math.max(key.length(), s.candidate.length()))
                .min(Comparator.comparingInt(Scored::distance).thenComparing(Scored::candidate))
                .map(Scored::candidate);
    }

    /** All candidates tied for nearest (at most three), for names where a tie is worth showing: V2 or V3? */
    public static java.util.List<String> nearestAll(String word, Collection<String> candidates) {
        Optional<String> best = nearest(word, candidates);
        if (best.isEmpty()) return java.util.List.of();
        int distance = distance(word.toLowerCase(Locale.ROOT), best.get().toLowerCase(Locale.ROOT));
        return candidates.stream().distinct()
                .filter(c -> distance(word.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT)) == distance)
                .sorted().limit(3).toList();
    }

    private record Scored(String candidate, int distance) {
    }

    /** Damerau-Levenshtein (optimal string alignment): a swapped pair of letters counts as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
