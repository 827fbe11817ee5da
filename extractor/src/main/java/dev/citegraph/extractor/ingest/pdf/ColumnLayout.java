package dev.citegraph.extractor.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Two-column pages. Lines are collected by position, so the left and right column meet on one baseline as two cells
 * either side of the gutter, or stand on baselines of their own where the columns' lines do not line up (display
 * equations, headings with space around them). When many lines have column-wide text left of one empty vertical strip
 * near the middle and many right of it, each run of lines that do not cross it is read as the whole left column,
 * then the whole right column; lines that cross the gutter (a title, a wide table) stay where they are. A page-wide
 * title and abstract above the columns, or footnotes below them, do not count against the strip: only lines
 * crossing it between the first and the last column line do; nor does a page-wide figure above them count against
 * the columns' share of the lines. Rows of a table (three cells or more) have no say in
 * where the gutter is: a page-wide table above two columns of prose would otherwise outvote the prose. A row that
 * ends (or starts) in column-wide prose on its own half of the page does have a say, its table cells (all on the
 * other half) counted as one block: it is a table set in one column sharing its baselines with the prose of the other,
 * whose gutter lies between the table and the prose, not between two cells of the table; without it the heading
 * printed beside the table's head row would be read as one more cell of that row.
 */
final class ColumnLayout {

    private static final float SEARCH_FROM = 0.35f;
    private static final float SEARCH_TO = 0.65f;
    private static final float STEP = 2f;
    private static final float MIN_COLUMN_SHARE = 0.25f;
    private static final int TABLE_ROW_CELLS = 3;
    /**
     * Each column has column-wide text on at least this many tenths of the lines from the first column line to the
     * last, counted as no fewer than {@link #MIN_SPANNED_LINES} (or the page's lines, on a page of fewer).
     */
    private static final int MIN_LINES_PER_COLUMN_TENTHS = 3;
    private static final int MIN_SPANNED_LINES = 20;

    private ColumnLayout() {
    }

    static List<PdfLine> inReadingOrder(List<PdfLine> lines, float pageWidth) {
        float gutter = gutter(lines, pageWidth);
        if (gutter < 0) return lines;
        List<PdfLine> ordered = new ArrayList<>(lines.size());
        List<PdfLine> left = new ArrayList<>();
        List<PdfLine> right = new ArrayList<>();
        for (PdfLine line : lines) {
            if (crosses(line, gutter)) {
                flush(ordered, left, right);
                ordered.add(line);
                continue;
            }
            List<PdfCell> leftCells = new ArrayList<>();
            List<PdfCell> rightCells = new ArrayList<>();
            for (PdfCell cell : line.cells()) (cell.x1() <= gutter ? leftCells : rightCells).add(cell);
            if (!leftCells.isEmpty()) left.add(line.withCells(leftCells));
            if (!rightCells.isEmpty()) right.add(line.withCells(rightCells));
        }
        flush(ordered, left, right);
        return ordered;
    }

    /** The x of an empty strip with column-wide text on many lines on each side of it, or -1 for a one-column page. */
    private static float gutter(List<PdfLine> all, float pageWidth) {
        List<PdfLine> lines = new ArrayList<>(all.size());
        for (PdfLine line : all) {
            if (line.cells().size() < TABLE_ROW_CELLS) lines.add(line);
            else besideProse(line, pageWidth).ifPresent(lines::add);
        }
        if (lines.size() < 10 || mostCrossTheMiddle(lines, pageWidth / 2)) return -1;
        float best = -1;
        int bestColumnLines = 0;
        for (float x = pageWidth * SEARCH_FROM; x <= pageWidth * SEARCH_TO; x += STEP) {
            int left = 0;
            int right = 0;
            int first = -1;
            int last = -1;
            for (int i = 0; i < lines.size(); i++) {
                PdfLine line = lines.get(i);
                if (crosses(line, x)) continue;
                boolean leftColumn = columnWideLeft(line, x, pageWidth);
                boolean rightColumn = columnWideRight(line, x, pageWidth);
                if (leftColumn) left++;
                if (rightColumn) right++;
                if (leftColumn || rightColumn) {
                    if (first < 0) first = i;
                    last = i;
                }
            }
            int columnLines = Math.min(left, right);
            if (first < 0 || !enoughColumnLines(columnLines, last - first + 1, lines.size())) continue;
            int crossing = 0;
            for (int i = first; i <= last; i++) {
                if (crosses(lines.get(i), x)) crossing++;
            }
            if (crossing * 10 <= last - first + 1 && columnLines > bestColumnLines) {
                best = x;
                bestColumnLines = columnLines;
            }
        }
        return best;
    }

    /**
     * A table's row in one column next to a line of prose in the other, as the gutter search sees it: the table's
     * cells as one block on one half of the page, the prose on the other; empty for any other row (a line of prose in
     * each column, one of them split by a wide word space).
     */
    private static Optional<PdfLine> besideProse(PdfLine line, float pageWidth) {
        List<PdfCell> cells = line.cells();
        PdfCell first = cells.get(0);
        PdfCell last = cells.get(cells.size() - 1);
        float middle = pageWidth / 2;
        if (prose(last, pageWidth) && last.x0() >= middle) {
            PdfCell table = block(first, cells.get(cells.size() - 2));
            if (table.x1() <= middle) return Optional.of(line.withCells(List.of(table, last)));
        }
        if (prose(first, pageWidth) && first.x1() <= middle) {
            PdfCell table = block(cells.get(1), last);
            if (table.x0() >= middle) return Optional.of(line.withCells(List.of(first, table)));
        }
        return Optional.empty();
    }

    private static boolean prose(PdfCell cell, float pageWidth) {
        return cell.x1() - cell.x0() >= MIN_COLUMN_SHARE * pageWidth;
    }

    /** The span from one cell to another, as one cell of no text: where a table stands, for the gutter search only. */
    private static PdfCell block(PdfCell from, PdfCell to) {
        return new PdfCell("", from.x0(), to.x1(), from.height(), 0, 0, 0, "");
    }

    /**
     * Whether the columns hold enough of the lines they span. Lines above or below them have no say: a page-wide
     * figure of short formula lines over the top half of the page (the typing rules of a paper on a type system)
     * would otherwise outnumber the two columns of prose under it. A floor of lines keeps a few column-wide lines
     * alone at the foot of a page from passing for columns.
     */
    private static boolean enoughColumnLines(int columnLines, int spanned, int pageLines) {
        int counted = Math.min(pageLines, Math.max(spanned, MIN_SPANNED_LINES));
        return columnLines * 10 >= counted * MIN_LINES_PER_COLUMN_TENTHS;
    }

    /** A one-column page: most of its lines run through the middle of the page. */
    private static boolean mostCrossTheMiddle(List<PdfLine> lines, float middle) {
        int crossing = 0;
        for (PdfLine line : lines) {
            if (crosses(line, middle)) crossing++;
        }
        return crossing * 2 > lines.size();
    }

    /** Text filling a good part of a column left of {@code x}: prose, not the narrow cells of a table. */
    private static boolean columnWideLeft(PdfLine line, float x, float pageWidth) {
        float leftEnd = -1;
        for (PdfCell cell : line.cells()) {
            if (cell.x1() <= x) leftEnd = cell.x1();
        }
        return leftEnd >= 0 && leftEnd - line.x0() >= MIN_COLUMN_SHARE * pageWidth;
    }

    /** Text filling a good part of a column right of {@code x}. */
    private static boolean columnWideRight(PdfLine line, float x, float pageWidth) {
        for (PdfCell cell : line.cells()) {
            if (cell.x0() >= x) return line.x1() - cell.x0() >= MIN_COLUMN_SHARE * pageWidth;
        }
        return false;
    }

    private static boolean crosses(PdfLine line, float x) {
        for (PdfCell cell : line.cells()) {
            if (cell.x0() < x && cell.x1() > x) return true;
        }
        return false;
    }

    private static void flush(List<PdfLine> ordered, List<PdfLine> left, List<PdfLine> right) {
        ordered.addAll(left);
        ordered.addAll(right);
        left.clear();
        right.clear();
    }
}
