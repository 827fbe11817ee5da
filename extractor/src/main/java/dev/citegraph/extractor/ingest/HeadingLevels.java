package dev.citegraph.extractor.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

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

    /**
     * "A Small Model Report" and "A Contributions" read alike; a letter counts as an appendix number only once a
     * numbered heading has been seen, since appendices follow the body.
     */
    public static final class Appendices {
        private boolean numberedSeen;

        public Optional<HeadingNumber.Numbered> numberOf(String heading) {
            Optional<HeadingNumber.Numbered> numbered = HeadingNumber.split(heading)
                    .filter(n -> numberedSeen || !n.number().isAppendix());
            if (numbered.isPresent() && !numbered.get().number().isAppendix()) numberedSeen = true;
            return numbered;
        }
    }
}
