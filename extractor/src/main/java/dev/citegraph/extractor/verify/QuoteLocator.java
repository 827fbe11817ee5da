package dev.citegraph.extractor.verify;

import dev.citegraph.graph.model.Section;
import dev.citegraph.graph.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a quote in a section: in its text (span and page of where it stands), else in one of its table rows as
 * printed (cells joined by single spaces; the page of the table, an empty span at 0 since the row is not part of
 * the running text). Matching is on {@link FoldedText folded} text. A quote that skips words with an ellipsis
 * ("we adopt ... MLA") is found when each part is, in order.
 */
public final class QuoteLocator {
    private static final Pattern ELLIPSIS = Pattern.compile("\\s*(?:\\[\\s*\\.\\.\\.\\s*]|\\.\\.\\.|…)\\s*");

    /**
     * Where a quote was found: the span in the section text, the page, and the report's own words there
     * ({@code evidence}, what numbers are checked against). {@code table} names the table for a row quote.
     */
    public record Location(int start, int end, Integer page, String evidence, String table) {
    }

    private QuoteLocator() {
    }

    public static Optional<Location> locate(Section section, String quote) {
        List<FoldedText> parts = new ArrayList<>();
        for (String part : ELLIPSIS.split(quote.strip())) {
            FoldedText folded = FoldedText.of(part);
            if (!folded.key().isEmpty()) parts.add(folded);
        }
        if (parts.isEmpty()) return Optional.empty();
        Optional<Location> inText = inText(section, parts);
        return inText.isPresent() ? inText : inTables(section, parts);
    }

    private static Optional<Location> inText(Section section, List<FoldedText> parts) {
        FoldedText text = FoldedText.of(section.text());
        int[] span = find(text, parts);
        if (span == null) return Optional.empty();
        int start = text.originalStart(span[0]);
        int end = text.originalEnd(span[1] - 1);
        return Optional.of(new Location(start, end, pageAt(section, start),
                section.text().substring(start, end), ""));
    }

    private static Optional<Location> inTables(Section section, List<FoldedText> parts) {
        for (Table table : section.tables()) {
            for (int row = 0; row < table.rows().size(); row++) {
                String printed = table.rowText(row);
                if (find(FoldedText.of(printed), parts) != null) {
                    Integer page = table.page() != null ? table.page() : pageAt(section, 0);
                    return Optional.of(new Location(0, 0, page, printed, table.label()));
                }
            }
        }
        return Optional.empty();
    }

    /** The folded span [first part's start, last part's end) when every part is found in order, else null. */
    private static int[] find(FoldedText haystack, List<FoldedText> parts) {
        int from = 0;
        int start = -1;
        int end = -1;
        for (FoldedText part : parts) {
            int at = haystack.key().indexOf(part.key(), from);
            if (at < 0) return null;
            if (start < 0) start = at;
            end = at + part.key().length();
            from = end;
        }
        return new int[]{start, end};
    }

    /** The page as {@link dev.citegraph.graph.model.Citation#of} gives it: none for formats without pages. */
    private static Integer pageAt(Section section, int offset) {
        return section.pageStarts().isEmpty() && section.pageStart() == 0 ? null : section.pageAt(offset);
    }
}
