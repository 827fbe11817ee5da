package dev.citegraph.extractor.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Of the lines that look like numbered headings, the longest run whose numbers increase: the real headings of a
 * report follow each other in order, while strays (a bold "2" in a figure, a numbered list item) break the order.
 * Of runs equally long, the one with more numbers that come next ({@code 6} then {@code 7}, not {@code 62}) wins, so a
 * bold axis label "62" over a figure cannot take the place of the section that follows it. Of runs alike in both, the
 * one with more lines a naming signal confirms (an outline or contents entry) wins, so a large "2" opening a row of a
 * figure cannot take the place of the "2 Memory Map" the contents lists just after it.
 */
public final class HeadingSequence {

    private HeadingSequence() {
    }

    public static <T> List<T> longestIncreasing(List<T> candidates, Function<T, HeadingNumber> number) {
        return longestIncreasing(candidates, number, candidate -> false);
    }

    public static <T> List<T> longestIncreasing(List<T> candidates, Function<T, HeadingNumber> number,
                                                Predicate<T> confirmed) {
        int n = candidates.size();
        int[] length = new int[n];
        int[] steps = new int[n];
        int[] named = new int[n];
        int[] previous = new int[n];
        Arrays.fill(previous, -1);
        int best = -1;
        for (int i = 0; i < n; i++) {
            length[i] = 1;
            int own = confirmed.test(candidates.get(i)) ? 1 : 0;
            named[i] = own;
            HeadingNumber current = number.apply(candidates.get(i));
            for (int j = 0; j < i; j++) {
                HeadingNumber before = number.apply(candidates.get(j));
                if (before.compareTo(current) >= 0) continue;
                int stepsThrough = steps[j] + (current.isNextAfter(before) ? 1 : 0);
                if (better(length[j] + 1, stepsThrough, named[j] + own, length[i], steps[i], named[i])) {
                    length[i] = length[j] + 1;
                    steps[i] = stepsThrough;
                    named[i] = named[j] + own;
                    previous[i] = j;
                }
            }
            if (best < 0 || better(length[i], steps[i], named[i], length[best], steps[best], named[best])) best = i;
        }
        List<T> run = new ArrayList<>();
        for (int i = best; i >= 0; i = previous[i]) run.add(candidates.get(i));
        java.util.Collections.reverse(run);
        return run;
    }

    private static boolean better(int length, int steps, int named, int thanLength, int thanSteps, int thanNamed) {
        if (length != thanLength) return length > thanLength;
        if (steps != thanSteps) return steps > thanSteps;
        return named > thanNamed;
    }
}
