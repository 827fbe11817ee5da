package dev.citegraph.extractor.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Of the lines that look like numbered headings, the longest run whose numbers increase: the real headings of a
 * report follow each other in order, while strays (a bold "2" in a figure, a numbered list item) break the order.
 * Of runs equally long, the one with more numbers that come next ({@code 6} then {@code 7}, not {@code 62}) wins, so a
 * bold axis label "62" over a figure cannot take the place of the section that follows it.
 */
public final class HeadingSequence {

    private HeadingSequence() {
    }

    public static <T> List<T> longestIncreasing(List<T> candidates, Function<T, HeadingNumber> number) {
        int n = candidates.size();
        int[] length = new int[n];
        int[] steps = new int[n];
        int[] previous = new int[n];
        Arrays.fill(previous, -1);
        int best = -1;
        for (int i = 0; i < n; i++) {
            length[i] = 1;
            HeadingNumber current = number.apply(candidates.get(i));
            for (int j = 0; j < i; j++) {
                HeadingNumber before = number.apply(candidates.get(j));
                if (before.compareTo(current) >= 0) continue;
                int stepsThrough = steps[j] + (current.isNextAfter(before) ? 1 : 0);
                if (length[j] + 1 > length[i] || length[j] + 1 == length[i] && stepsThrough > steps[i]) {
                    length[i] = length[j] + 1;
                    steps[i] = stepsThrough;
                    previous[i] = j;
                }
            }
            if (best < 0 || length[i] > length[best] || length[i] == length[best] && steps[i] > steps[best]) best = i;
        }
        List<T> run = new ArrayList<>();
        for (int i = best; i >= 0; i = previous[i]) run.add(candidates.get(i));
        java.util.Collections.reverse(run);
        return run;
    }
}
