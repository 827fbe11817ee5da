package dev.citegraph.extractor.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Of the lines that look like numbered headings, the longest run whose numbers increase: the real headings of a
 * report follow each other in order, while strays (a bold "2" in a figure, a numbered list item) break the order.
 */
public final class HeadingSequence {

    private HeadingSequence() {
    }

    public static <T> List<T> longestIncreasing(List<T> candidates, Function<T, HeadingNumber> number) {
        int n = candidates.size();
        int[] length = new int[n];
        int[] previous = new int[n];
        Arrays.fill(previous, -1);
        int best = -1;
        for (int i = 0; i < n; i++) {
            length[i] = 1;
            HeadingNumber current = number.apply(candidates.get(i));
            for (int j = 0; j < i; j++) {
                if (length[j] + 1 > length[i] && number.apply(candidates.get(j)).compareTo(current) < 0) {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }
            if (best < 0 || length[i] > length[best]) best = i;
        }
        List<T> run = new ArrayList<>();
        for (int i = best; i >= 0; i = previous[i]) run.add(candidates.get(i));
        java.util.Collections.reverse(run);
        return run;
    }
}
