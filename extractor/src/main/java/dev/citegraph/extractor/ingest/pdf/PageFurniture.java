package dev.citegraph.extractor.ingest.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Running headers, footers and page numbers: lines at the top or bottom edge of a page that are a bare page number
 * or repeat, digits aside, on many pages. They are not part of any section. (Line numbers in the margin go earlier,
 * {@link MarginLineNumbers}, so the title is read without them too.)
 */
final class PageFurniture {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(page\\s+)?(\\d{1,4}|[ivxlc]{1,7})(\\s*(/|of)\\s*\\d{1,4})?|[-–—]\\s*\\d{1,4}\\s*[-–—]");
    private static final float EDGE_SHARE = 0.09f;
    private static final int EDGE_LINES = 2;

    private PageFurniture() {
    }

    static List<PdfPage> remove(List<PdfPage> pages) {
        Map<String, Integer> repeats = new HashMap<>();
        for (PdfPage page : pages) {
            for (PdfLine line : edgeLines(page)) repeats.merge(key(line), 1, Integer::sum);
        }
        int threshold = Math.max(3, (int) Math.ceil(pages.size() * 0.2));
        List<PdfPage> cleaned = new ArrayList<>(pages.size());
        for (PdfPage page : pages) {
            List<PdfLine> edges = edgeLines(page);
            List<PdfLine> kept = new ArrayList<>(page.lines().size());
            for (PdfLine line : page.lines()) {
                boolean furniture = edges.contains(line)
                        && (PAGE_NUMBER.matcher(line.text()).matches() || repeats.get(key(line)) >= threshold);
                if (!furniture) kept.add(line);
            }
            cleaned.add(page.withLines(kept));
        }
        return cleaned;
    }

    private static List<PdfLine> edgeLines(PdfPage page) {
        List<PdfLine> lines = page.lines();
        List<PdfLine> edges = new ArrayList<>();
        for (int i = 0; i < Math.min(EDGE_LINES, lines.size()); i++) {
            if (lines.get(i).y() < page.height() * EDGE_SHARE) edges.add(lines.get(i));
        }
        for (int i = Math.max(0, lines.size() - EDGE_LINES); i < lines.size(); i++) {
            PdfLine line = lines.get(i);
            if (line.y() > page.height() * (1 - EDGE_SHARE) && !edges.contains(line)) edges.add(line);
        }
        return edges;
    }

    private static String key(PdfLine line) {
        return line.text().toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ");
    }
}
