package dev.citegraph.extractor.ingest.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What body text looks like in one report: glyph height, left and right text edges and the distance between lines.
 * Headings, captions and paragraph breaks are all judged against these.
 */
record LayoutMetrics(float bodyHeight, float leftMargin, float rightMargin, float linePitch) {

    static LayoutMetrics of(List<PdfPage> pages) {
        Map<Integer, Integer> heights = new HashMap<>();
        for (PdfPage page : pages) {
            for (PdfLine line : page.lines()) heights.merge(tenths(line.height()), line.text().length(), Integer::sum);
        }
        float body = mode(heights, 70) / 10f;
        Map<Integer, Integer> lefts = new HashMap<>();
        Map<Integer, Integer> rights = new HashMap<>();
        Map<Integer, Integer> pitches = new HashMap<>();
        for (PdfPage page : pages) {
            PdfLine previous = null;
            for (PdfLine line : page.lines()) {
                boolean bodyLine = !line.isTabular() && Math.abs(line.height() - body) < 0.05f * body + 0.1f;
                if (bodyLine) {
                    lefts.merge(Math.round(line.x0()), 1, Integer::sum);
                    rights.merge(Math.round(line.x1()), 1, Integer::sum);
                    if (previous != null) pitches.merge(tenths(line.y() - previous.y()), 1, Integer::sum);
                    previous = line;
                } else {
                    previous = null;
                }
            }
        }
        float left = mode(lefts, 72);
        float right = mode(rights, 540);
        float pitch = mode(pitches, Math.round(body * 20)) / 10f;
        return new LayoutMetrics(body, left, Math.max(right, left + 1), pitch > 0 ? pitch : body * 2);
    }

    float textWidth() {
        return rightMargin - leftMargin;
    }

    /** A line that runs (nearly) to the right edge, so its paragraph goes on. */
    boolean reachesRightEdge(PdfLine line) {
        return line.x1() >= rightMargin - 0.12f * textWidth();
    }

    private static int tenths(float value) {
        return Math.round(value * 10);
    }

    private static int mode(Map<Integer, Integer> counts, int fallback) {
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(fallback);
    }
}
