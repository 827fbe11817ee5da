package dev.citegraph.extractor.ingest;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Levels for formats whose headings carry a depth of their own (Markdown {@code ##}, HTML {@code h2}). A numbered
 * heading's level comes from its number; an unnumbered one sits one level below the nearest shallower heading.
 */
public final class HeadingLevels {

    private final Deque<int[]> open = new ArrayDeque<>();

    /** The section level of a heading at markup depth {@code depth}, numbered or not. */
    public int levelOf(int depth, HeadingNumber number) {
        while (!open.isEmpty() && open.peek()[0] >= depth) open.pop();
        int level = number != null ? number.level() : open.isEmpty() ? 1 : open.peek()[1] + 1;
        open.push(new int[] {depth, level});
        return level;
    }
}
