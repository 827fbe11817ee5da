package dev.citegraph.extractor.ingest.pdf;

import dev.citegraph.extractor.ingest.HeadingNumber;
import dev.citegraph.extractor.ingest.HeadingSequence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds headings from text and fonts together. A numbered heading is a line that starts with a section number, is
 * set in bold or larger than body text, and fits the sequence: of all candidates, the longest run whose numbers
 * increase is kept, so a stray bold "A" in a figure cannot derail the rest. Unnumbered headings ("References") are
 * whole short bold lines larger than body text, after the first numbered heading (anywhere, in a report that numbers
 * none of its headings). The PDF's outline is a second signal: a numbered line that typography does not set apart
 * (small capitals at body size) is a heading when an outline entry on its page has its title, and a heading the
 * outline names takes the outline's wording and case (letter-spaced capitals read as "I NTRODUCTION" come out whole).
 * A table of contents is a third signal that works the same way (read by {@link ContentsSignal}), so a report with a
 * contents page and no outline has one too. Where typography and a naming signal disagree, the two naming signals
 * decide: a line they both leave out is dropped at a level they cover, a line either names is kept. Numbered lines in
 * the body face join the sequence only as a run of numbers that come next, set where headings of their level stand.
 */
final class HeadingDetector {

    /** A title starts with a capital, a digit or a quote, or with a name written in lower case first ("vLLM-based"). */
    private static final Pattern TITLE_START = Pattern.compile("^(?:[\\p{Lu}\\p{N}\"'“(]|\\p{Ll}+\\p{Lu})");
    private static final Pattern UNNUMBERED = Pattern.compile("\\p{Lu}[\\p{L} ]{2,40}");
    private static final Pattern CAPITAL_WORD = Pattern.compile("\\p{Lu}{4,}");
    private static final int MAX_TITLE = 160;
    /** Most of a line in a small-capitals face: the title, with the number beside it in the body face. */
    private static final float SMALL_CAPS_SHARE = 0.6f;
    /**
     * The end of a run-in heading, "4.1. World State. The world state is...": the first full stop, question or
     * exclamation mark before a space. A title the outline or contents names is cut there, so is one set in bold in a
     * line of body text ({@link #boldHead}), and so is one in the body face that comes next where the report's other
     * run-in heads stand ({@link #withPlainRuns}).
     */
    private static final Pattern RUN_IN_END = Pattern.compile("[.?!] ");
    private static final int PLAIN_WORDS = 8;

    private final LayoutMetrics metrics;
    private final PdfOutline outline;
    private final PdfOutline contents;

    HeadingDetector(LayoutMetrics metrics, PdfOutline outline, PdfOutline contents) {
        this.metrics = metrics;
        this.outline = outline;
        this.contents = contents;
    }

    /** Headings of pages whose contents entries are already taken out. */
    List<PdfHeading> detect(List<PdfPage> pages) {
        List<PdfHeading> candidates = new ArrayList<>();
        List<PdfHeading> inOrder = new ArrayList<>();
        for (PdfPage page : pages) {
            List<PdfLine> lines = page.lines();
            for (int i = 0; i < lines.size(); i++) {
                Optional<PdfHeading> heading = numbered(lines, i);
                heading.ifPresent(candidates::add);
                if (heading.isEmpty()) heading = plain(lines.get(i));
                heading.ifPresent(inOrder::add);
            }
        }
        // Vetoed once before the sequence is chosen too, so a stray "1" on the title page cannot take the place of the
        // "1 Introduction" the outline or contents names.
        List<PdfHeading> sequence = HeadingSequence.longestIncreasing(outvoted(candidates), PdfHeading::number,
                heading -> heading.outlined() || heading.listed());
        List<PdfHeading> numbered = outvoted(withPlainRuns(inOrder, candidates, sequence));
        return withUnnumbered(pages, numbered);
    }

    /**
     * A numbered line in the body face that may still be a heading: a short title with no full stop at the end, in a
     * line of its own, in mixed case (a title in capitals at body size is {@link #capitals}' to judge) (the number may
     * stand apart in a cell of its own); or a run-in head, a short title closed by a full stop (or question or
     * exclamation mark) with its section's first words after it on the line ("4.4.1. Transaction Receipt. In order
     * to ..."). {@link #withPlainRuns} decides.
     */
    private Optional<PdfHeading> plain(PdfLine line) {
        if (line.height() < 0.9f * metrics.bodyHeight() || line.cells().size() > 2 || ContentsPages.isEntry(line)) {
            return Optional.empty();
        }
        Optional<HeadingNumber.Numbered> split = HeadingNumber.split(line.text());
        if (split.isEmpty()) return Optional.empty();
        HeadingNumber number = split.get().number();
        String title = split.get().title();
        Optional<RunIn> runIn = RunIn.of(title);
        if (runIn.isPresent() && plainTitle(runIn.get().head())) {
            return Optional.of(new PdfHeading(number, runIn.get().head(), number.level(), List.of(line),
                    "body face, run-in head set where the report's run-in heads are; number next in sequence", false,
                    false, runIn.get().runOn()));
        }
        if (title.endsWith(".") || !plainTitle(title)) return Optional.empty();
        return Optional.of(new PdfHeading(number, title, number.level(), List.of(line),
                "body face, set where headings of its level are; number next in sequence", false, false, ""));
    }

    private static boolean plainTitle(String title) {
        return TITLE_START.matcher(title).find() && title.split(" ").length <= PLAIN_WORDS
                && title.codePoints().anyMatch(Character::isLowerCase) && title.chars().anyMatch(Character::isLetter);
    }

    /**
     * A run-in heading taken apart, "4.1. World State. The world state is...": its title up to the first full stop,
     * question or exclamation mark before a space (the full stop dropped, a question mark kept, as printed in the
     * report's outline), and the first words of its section after it.
     */
    private record RunIn(String head, String runOn) {

        static Optional<RunIn> of(String title) {
            Matcher end = RUN_IN_END.matcher(title);
            if (!end.find()) return Optional.empty();
            String head = title.substring(0, end.start()) + (end.group().startsWith(".") ? "" : end.group().strip());
            return Optional.of(new RunIn(head, title.substring(end.end()).strip()));
        }
    }

    /**
     * Headings a writer left in the body face (a word processor's export where only some levels were made bold): the
     * numbered plain lines between two headings of the sequence are kept when, all of them in order, they are the
     * numbers that come next ({@code 5.4}, then {@code 5.4.1}, {@code 5.4.2}, {@code 5.4.3}, then {@code 5.5}) and each
     * stands where a heading of its level stands, at its left edge and its size (a run-in head, where the report's
     * other run-in heads stand: the sub-subsections an outline leaves out of a report that runs in its subsections). One
     * stray line among them keeps them all out, so a numbered list in running text does not pass; a line numbered
     * outside the two headings' range is no part of the run ({@link #chained}).
     */
    private List<PdfHeading> withPlainRuns(List<PdfHeading> inOrder, List<PdfHeading> candidates,
                                           List<PdfHeading> sequence) {
        Set<PdfHeading> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        kept.addAll(sequence);
        Set<PdfHeading> typographic = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        typographic.addAll(candidates);
        List<PdfHeading> all = new ArrayList<>();
        List<PdfHeading> between = new ArrayList<>();
        PdfHeading previous = null;
        for (PdfHeading heading : inOrder) {
            if (!kept.contains(heading)) {
                if (previous != null && !typographic.contains(heading)) between.add(heading);
                continue;
            }
            if (!between.isEmpty()) all.addAll(chained(previous, between, heading, sequence));
            between.clear();
            all.add(heading);
            previous = heading;
        }
        return all;
    }

    /**
     * The plain lines between two headings that chain them, or none. A line whose number cannot stand between the two
     * (a variable "P" or "X" opening a line of an equation, a list's "1." under section 4) says nothing either way.
     */
    private static List<PdfHeading> chained(PdfHeading previous, List<PdfHeading> between, PdfHeading next,
                                            List<PdfHeading> sequence) {
        List<PdfHeading> run = new ArrayList<>();
        PdfHeading before = previous;
        for (PdfHeading heading : between) {
            if (heading.number().compareTo(previous.number()) <= 0 || heading.number().compareTo(next.number()) >= 0) {
                continue;
            }
            if (!heading.number().isNextAfter(before.number()) || !placedLikeItsLevel(heading, sequence)) return List.of();
            run.add(heading);
            before = heading;
        }
        return next.number().isNextAfter(before.number()) ? run : List.of();
    }

    /**
     * Where a heading of its level stands; a run-in head where another run-in head of the sequence stands, at any
     * level (a report that sets its subsections run in sets its sub-subsections so too, at the same column edge).
     */
    private static boolean placedLikeItsLevel(PdfHeading plain, List<PdfHeading> sequence) {
        PdfLine line = plain.lines().get(0);
        boolean runIn = !plain.runOn().isEmpty();
        return sequence.stream()
                .filter(heading -> runIn ? !heading.runOn().isEmpty() : heading.level() == plain.level())
                .map(heading -> heading.lines().get(0))
                .anyMatch(heading -> Math.abs(heading.x0() - line.x0()) <= 2f
                        && Math.abs(heading.height() - line.height()) <= 0.1f * heading.height());
    }

    /**
     * A signal that disagrees with the others loses: at a level where the outline, or the contents, names at least
     * three quarters of the headings found (three or more), a heading that neither names is dropped. An outline or
     * contents that lists only top-level sections vetoes nothing below them.
     */
    private List<PdfHeading> outvoted(List<PdfHeading> headings) {
        if (outline.isEmpty() && contents.isEmpty()) return headings;
        java.util.Map<Integer, int[]> byLevel = new java.util.HashMap<>();
        for (PdfHeading heading : headings) {
            int[] counts = byLevel.computeIfAbsent(heading.level(), level -> new int[3]);
            counts[0]++;
            if (heading.outlined()) counts[1]++;
            if (heading.listed()) counts[2]++;
        }
        List<PdfHeading> kept = new ArrayList<>(headings.size());
        for (PdfHeading heading : headings) {
            int[] counts = byLevel.get(heading.level());
            boolean trusted = counts[0] >= 3 && Math.max(counts[1], counts[2]) >= 0.75 * counts[0];
            if (heading.outlined() || heading.listed() || !trusted || namedElsewhere(heading)) kept.add(heading);
        }
        return kept;
    }

    /**
     * A heading the outline or contents names on another page (a stale contents, a bookmark far from its heading):
     * they disagree on the page, not on the heading, so it is not vetoed.
     */
    private boolean namedElsewhere(PdfHeading heading) {
        return outline.names(heading.title()) || contents.names(heading.numberText() + " " + heading.title());
    }

    private Optional<PdfHeading> numbered(List<PdfLine> lines, int index) {
        PdfLine line = lines.get(index);
        if (line.height() < 0.7f * metrics.bodyHeight() || ContentsPages.isEntry(line)) return Optional.empty();
        Optional<HeadingNumber.Numbered> split = HeadingNumber.split(line.text());
        if (split.isEmpty()) return Optional.empty();
        String title = split.get().title();
        if (title.length() > MAX_TITLE || title.chars().noneMatch(Character::isLetter)) return Optional.empty();
        // A title in lower case ("breakpoint", a name of a test or command) is a heading only where the outline or
        // contents names it: typography alone would take every bold "3 times" or "2 bits" a table or figure prints.
        boolean titleStart = TITLE_START.matcher(title).find();
        // Glyph heights of a bold face and the body face differ a little, so a bold heading at body size may measure smaller.
        float least = line.isBold() ? 0.8f : 0.9f;
        boolean typography = (emphasised(line) || capitals(line, title)) && line.height() >= least * metrics.bodyHeight();
        Optional<PdfOutline.Entry> named = outline.match(title, line.page());
        Optional<PdfOutline.Entry> listed = contents.match(title, line.page());
        List<PdfLine> spanned = new ArrayList<>(List.of(line));
        PdfLine next = index + 1 < lines.size() ? lines.get(index + 1) : null;
        if (named.isEmpty() && listed.isEmpty() && next != null) {
            String joined = LineJoiner.joinWrapped(title, next.text());
            boolean below = wrapCandidate(line, next);
            Optional<PdfOutline.Entry> wrapped = below ? outline.match(joined, line.page()) : Optional.empty();
            Optional<PdfOutline.Entry> wrappedListed = below ? contents.match(joined, line.page()) : Optional.empty();
            if (wrapped.isPresent() || wrappedListed.isPresent() || typography && titleStart && continues(line, next)) {
                named = wrapped;
                listed = wrappedListed;
                title = joined;
                spanned.add(next);
            }
        }
        String runOn = "";
        HeadingNumber number = split.get().number();
        Optional<RunIn> runIn = named.isEmpty() && listed.isEmpty() ? RunIn.of(title) : Optional.empty();
        boolean boldRunIn = false;
        if (runIn.isPresent()) {
            named = outline.match(runIn.get().head(), line.page());
            listed = contents.match(runIn.get().head(), line.page());
            boldRunIn = line.height() >= 0.8f * metrics.bodyHeight() && boldHead(line, number, runIn.get().head());
            if (named.isPresent() || listed.isPresent() || boldRunIn) {
                runOn = runIn.get().runOn();
                title = runIn.get().head();
                typography = boldRunIn;
                spanned = new ArrayList<>(List.of(line));
            }
        }
        if (!(typography && titleStart) && named.isEmpty() && listed.isEmpty()) return Optional.empty();
        if (named.isPresent()) title = PdfOutline.ownWords(named.get(), title);
        else if (listed.isPresent()) title = PdfOutline.ownWords(listed.get(), title);
        return Optional.of(new PdfHeading(number, title, number.level(), spanned,
                evidence(line, typography, boldRunIn, named, listed), named.isPresent(), listed.isPresent(), runOn));
    }

    /**
     * A run-in head set in bold in a line of body text, "1.2. <b>Previous Work.</b> Buterin first proposed ...": the
     * line's bold words begin with the head's title (after its number, which may be bold or not) and the line is not
     * bold as a whole, so its run-on text is in the body face. Its number has two parts or more: reports run in their
     * subsections, while "1. <b>Efficiency.</b> Our method ..." is an item of a list of contributions.
     */
    private static boolean boldHead(PdfLine line, HeadingNumber number, String head) {
        if (number.level() < 2 || line.isBold() || !plainTitle(head)) return false;
        String bold = PdfOutline.key(line.boldWords());
        String title = PdfOutline.key(head);
        return bold.startsWith(title) || bold.startsWith(PdfOutline.key(number.text()) + title);
    }

    /** The signals that agree on a heading, in words for {@code kg sections --explain}. */
    private String evidence(PdfLine line, boolean typography, boolean boldRunIn, Optional<PdfOutline.Entry> named,
                            Optional<PdfOutline.Entry> listed) {
        List<String> said = new ArrayList<>();
        if (typography && line.isBold()) said.add("bold");
        if (boldRunIn) said.add("run-in head in bold");
        if (typography && line.height() >= 1.15f * metrics.bodyHeight()) {
            said.add(String.format(java.util.Locale.ROOT, "larger than body (%.1f vs %.1f)", line.height(), metrics.bodyHeight()));
        }
        if (typography && !emphasised(line) && !boldRunIn) said.add("capitals at body size (small capitals)");
        if (!typography) said.add("body size, not bold (small capitals?)");
        named.ifPresent(entry -> said.add("outline entry \"" + entry.title() + "\" (p." + entry.page() + ")"));
        if (named.isEmpty() && !outline.isEmpty()) said.add("not in the outline");
        listed.ifPresent(entry -> said.add("contents entry \"" + entry.title() + "\" (p." + entry.page() + ")"));
        if (listed.isEmpty() && !contents.isEmpty()) said.add("not in the contents");
        said.add("number in sequence");
        return String.join("; ", said);
    }

    /**
     * A title set in (small) capitals at body size, read whole ("TRAINING-FREE SPARSE ATTENTION") or letter-spaced
     * ("I NTRODUCTION"): no lower-case letter, a word of four letters or more, the number apart from the title or
     * one cell, and short of the right edge, so a row of a table or a line of running text does not pass. A line
     * set in a face of capitals and small capitals (TeX's {@code cmcsc}, as amsart sets its section titles) reads in
     * mixed case but is one too, wherever it ends: running text is not set in that face.
     */
    private boolean capitals(PdfLine line, String title) {
        if (line.cells().size() > 2) return false;
        if (smallCapsFace(line)) return true;
        return title.codePoints().noneMatch(Character::isLowerCase) && CAPITAL_WORD.matcher(title).find()
                && !metrics.reachesRightEdge(line);
    }

    private static boolean smallCapsFace(PdfLine line) {
        return line.smallCapsShare() >= SMALL_CAPS_SHARE;
    }

    private boolean emphasised(PdfLine line) {
        return line.isBold() || line.height() >= 1.15f * metrics.bodyHeight();
    }

    /** A line that may hold the rest of a heading the outline names: same page, right below, not numbered, no columns. */
    private static boolean wrapCandidate(PdfLine heading, PdfLine next) {
        return next.page() == heading.page() && next.y() > heading.y() && next.y() - heading.y() <= 3f * heading.height()
                && HeadingNumber.split(next.text()).isEmpty() && !next.isTabular();
    }

    /** A heading's second line: same face and size, right below, after a first line that ran to the right edge. */
    private boolean continues(PdfLine heading, PdfLine next) {
        return next.page() == heading.page()
                && next.isBold() == heading.isBold()
                && smallCapsFace(next) == smallCapsFace(heading)
                && Math.abs(next.height() - heading.height()) <= 0.15f * heading.height()
                && next.y() - heading.y() > 0
                && next.y() - heading.y() <= lineBelow(heading)
                && metrics.reachesRightEdge(heading)
                && HeadingNumber.split(next.text()).isEmpty()
                && !next.isTabular();
    }

    /**
     * How far below a heading its next line stands: two heights and a little, or, where the report sets its lines
     * looser than that (a word processor's line spacing, "1.15 lines"), the distance between its lines of body text,
     * scaled to the heading's size, with a fifth to spare.
     */
    private float lineBelow(PdfLine heading) {
        float twoHeights = 2.2f * heading.height();
        if (metrics.bodyHeight() <= 0) return twoHeights;
        return Math.max(twoHeights, 1.2f * metrics.linePitch() * heading.height() / metrics.bodyHeight());
    }

    private List<PdfHeading> withUnnumbered(List<PdfPage> pages, List<PdfHeading> numbered) {
        List<PdfHeading> all = new ArrayList<>();
        Set<PdfLine> spanned = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        numbered.forEach(heading -> spanned.addAll(heading.lines()));
        int next = 0;
        boolean afterFirst = numbered.isEmpty();
        for (PdfPage page : pages) {
            for (PdfLine line : page.lines()) {
                if (next < numbered.size() && numbered.get(next).lines().get(0) == line) {
                    all.add(numbered.get(next++));
                    afterFirst = true;
                } else if (afterFirst && !spanned.contains(line) && isUnnumbered(line)) {
                    all.add(new PdfHeading(null, line.text(), 1, List.of(line), "bold, larger than body, unnumbered", false,
                            false, ""));
                }
            }
        }
        return all;
    }

    private boolean isUnnumbered(PdfLine line) {
        return line.isBold() && !line.isTabular() && line.height() >= 1.1f * metrics.bodyHeight()
                && UNNUMBERED.matcher(line.text()).matches() && line.text().split(" ").length <= 4;
    }
}
