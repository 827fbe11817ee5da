package dev.citegraph.extractor.ingest.pdf;

import dev.citegraph.extractor.ingest.HeadingNumber;
import dev.citegraph.extractor.ingest.HeadingSequence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds headings from text and fonts together. A numbered heading is a line that starts with a section number, is
 * set in bold or larger than body text, and fits the sequence: of all candidates, the longest run whose numbers
 * increase is kept, so a stray bold "A" in a figure cannot derail the rest. Unnumbered headings ("References") are
 * whole short bold lines larger than body text, after the first numbered heading (anywhere, in a report that numbers
 * none of its headings). The PDF's outline is a second signal: a numbered line that typography does not set apart
 * (small capitals at body size) is a heading when an outline entry on its page has its title, and a heading the
 * outline names takes the outline's wording and case (letter-spaced capitals read as "I NTRODUCTION" come out whole).
 */
final class HeadingDetector {

    private static final Pattern TITLE_START = Pattern.compile("^[\\p{Lu}\\p{N}\"'“(]");
    private static final Pattern UNNUMBERED = Pattern.compile("\\p{Lu}[\\p{L} ]{2,40}");
    private static final int MAX_TITLE = 160;

    private final LayoutMetrics metrics;
    private final PdfOutline outline;

    HeadingDetector(LayoutMetrics metrics, PdfOutline outline) {
        this.metrics = metrics;
        this.outline = outline;
    }

    List<PdfHeading> detect(List<PdfPage> pages, Set<Integer> contentsPages) {
        List<PdfHeading> candidates = new ArrayList<>();
        for (PdfPage page : pages) {
            if (contentsPages.contains(page.number())) continue;
            List<PdfLine> lines = page.lines();
            for (int i = 0; i < lines.size(); i++) {
                numbered(lines, i).ifPresent(candidates::add);
            }
        }
        List<PdfHeading> numbered = HeadingSequence.longestIncreasing(candidates, PdfHeading::number);
        return withUnnumbered(pages, contentsPages, numbered);
    }

    private Optional<PdfHeading> numbered(List<PdfLine> lines, int index) {
        PdfLine line = lines.get(index);
        if (line.height() < 0.7f * metrics.bodyHeight() || ContentsPages.isEntry(line)) return Optional.empty();
        Optional<HeadingNumber.Numbered> split = HeadingNumber.split(line.text());
        if (split.isEmpty()) return Optional.empty();
        String title = split.get().title();
        boolean typography = emphasised(line) && line.height() >= 0.9f * metrics.bodyHeight();
        Optional<PdfOutline.Entry> named = outline.match(title, line.page());
        if (!typography && named.isEmpty()) return Optional.empty();
        if (!TITLE_START.matcher(title).find() || title.length() > MAX_TITLE || title.chars().noneMatch(Character::isLetter)) {
            return Optional.empty();
        }
        List<PdfLine> spanned = new ArrayList<>(List.of(line));
        if (named.isEmpty() && index + 1 < lines.size() && continues(line, lines.get(index + 1))) {
            PdfLine next = lines.get(index + 1);
            String joined = LineJoiner.joinWrapped(title, next.text());
            named = outline.match(joined, line.page());
            title = joined;
            spanned.add(next);
        }
        if (named.isPresent()) title = PdfOutline.ownWords(named.get(), title);
        HeadingNumber number = split.get().number();
        return Optional.of(new PdfHeading(number, title, number.level(), spanned));
    }

    private boolean emphasised(PdfLine line) {
        return line.isBold() || line.height() >= 1.15f * metrics.bodyHeight();
    }

    /** A heading's second line: same face and size, right below, after a first line that ran to the right edge. */
    private boolean continues(PdfLine heading, PdfLine next) {
        return next.page() == heading.page()
                && next.isBold() == heading.isBold()
                && Math.abs(next.height() - heading.height()) <= 0.15f * heading.height()
                && next.y() - heading.y() > 0
                && next.y() - heading.y() <= 2.2f * heading.height()
                && metrics.reachesRightEdge(heading)
                && HeadingNumber.split(next.text()).isEmpty()
                && !next.isTabular();
    }

    private List<PdfHeading> withUnnumbered(List<PdfPage> pages, Set<Integer> contentsPages, List<PdfHeading> numbered) {
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
                } else if (afterFirst && !spanned.contains(line) && !contentsPages.contains(page.number()) && isUnnumbered(line)) {
                    all.add(new PdfHeading(null, line.text(), 1, List.of(line)));
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
