package dev.citegraph.extractor.ingest.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line numbers printed in the margin of a review copy ("75  1 Introduction"): on a page where most lines open with a
 * number at the same left edge, the numbers rising down the page, that number is taken off, so a section number is
 * again the first thing on its line and a line of body text does not start with a number.
 */
final class MarginLineNumbers {

    /** A bare number, or one the line's first cell runs into (a heading's wider gap threshold keeps them together). */
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,5})(?:\\s+(\\S.*))?");
    private static final int MIN_LINES = 8;
    /** Right-aligned numbers start one digit further left once they gain a digit (OMPD: "993" at 72, "1000" at 69). */
    private static final float SAME_EDGE = 4f;

    private MarginLineNumbers() {
    }

    static PdfPage remove(PdfPage page) {
        Map<Integer, Integer> edges = new HashMap<>();
        for (PdfLine line : page.lines()) {
            if (numbered(line)) edges.merge(Math.round(line.x0()), 1, Integer::sum);
        }
        Integer edge = edges.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        if (edge == null) return page;
        List<PdfLine> marked = new ArrayList<>();
        for (PdfLine line : page.lines()) {
            if (numbered(line) && Math.abs(line.x0() - edge) <= SAME_EDGE) marked.add(line);
        }
        if (marked.size() < MIN_LINES || marked.size() < 0.5 * page.lines().size() || !rising(marked)) return page;
        List<PdfLine> kept = new ArrayList<>(page.lines().size());
        for (PdfLine line : page.lines()) {
            if (!marked.contains(line)) {
                kept.add(line);
                continue;
            }
            Matcher m = NUMBER.matcher(line.cells().get(0).text());
            m.matches();
            List<PdfCell> cells = new ArrayList<>(line.cells().subList(1, line.cells().size()));
            if (m.group(2) != null) {
                PdfCell first = line.cells().get(0);
                int chars = m.group(2).length();
                cells.add(0, new PdfCell(m.group(2), first.x0(), first.x1(), first.height(), Math.min(first.boldChars(), chars),
                        chars, Math.min(first.smallCapsChars(), chars), first.boldWords()));
            }
            if (!cells.isEmpty()) kept.add(line.withCells(cells));
        }
        return page.withLines(kept);
    }

    private static boolean numbered(PdfLine line) {
        return NUMBER.matcher(line.cells().get(0).text()).matches();
    }

    private static long value(PdfLine line) {
        Matcher m = NUMBER.matcher(line.cells().get(0).text());
        return m.matches() ? Long.parseLong(m.group(1)) : -1;
    }

    /** Nine in ten of the numbers are greater than the one above them. */
    private static boolean rising(List<PdfLine> lines) {
        int rises = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (value(lines.get(i)) > value(lines.get(i - 1))) {
                rises++;
            }
        }
        return rises >= 0.9 * (lines.size() - 1);
    }
}
