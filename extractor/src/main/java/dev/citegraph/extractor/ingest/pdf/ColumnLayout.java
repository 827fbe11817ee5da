package dev.citegraph.extractor.ingest.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Two-column pages. Lines are collected by position, so the left and right column meet on one baseline as two cells
 * either side of the gutter. When most lines have text on both sides of one empty vertical strip near the middle,
 * each run of such lines is read as the whole left column, then the whole right column; lines that cross the
 * gutter (a title, a wide table) stay where they are. Rows of a table (three cells or more) have no say in where the
 * gutter is: a page-wide table above two columns of prose would otherwise outvote the prose.
 */
final class ColumnLayout {

    private static final float SEARCH_FROM = 0.35f;
    private static final float SEARCH_TO = 0.65f;
    private static final float STEP = 2f;
    private static final float MIN_COLUMN_SHARE = 0.25f;
    private static final int TABLE_ROW_CELLS = 3;

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

    /** The x of an empty strip most lines have text on both sides of, or -1 for a one-column page. */
    private static float gutter(List<PdfLine> all, float pageWidth) {
        List<PdfLine> lines = new ArrayList<>(all.size());
        for (PdfLine line : all) {
            if (line.cells().size() < TABLE_ROW_CELLS) lines.add(line);
        }
        if (lines.size() < 10 || mostCrossTheMiddle(lines, pageWidth / 2)) return -1;
        float best = -1;
        int bestBothSides = 0;
        for (float x = pageWidth * SEARCH_FROM; x <= pageWidth * SEARCH_TO; x += STEP) {
            int crossing = 0;
            int bothSides = 0;
            for (PdfLine line : lines) {
                if (crosses(line, x)) crossing++;
                else if (columnWide(line, x, pageWidth)) bothSides++;
            }
            if (crossing * 10 <= lines.size() && bothSides * 5 >= lines.size() * 2 && bothSides > bestBothSides) {
                best = x;
                bestBothSides = bothSides;
            }
        }
        return best;
    }

    /** A one-column page: most of its lines run through the middle of the page. */
    private static boolean mostCrossTheMiddle(List<PdfLine> lines, float middle) {
        int crossing = 0;
        for (PdfLine line : lines) {
            if (crosses(line, middle)) crossing++;
        }
        return crossing * 2 > lines.size();
    }

    /** Text filling a good part of a column on each side of {@code x}: prose, not the narrow cells of a table. */
    private static boolean columnWide(PdfLine line, float x, float pageWidth) {
        float leftEnd = -1;
        float rightStart = -1;
        for (PdfCell cell : line.cells()) {
            if (cell.x1() <= x) leftEnd = cell.x1();
            else if (rightStart < 0) rightStart = cell.x0();
        }
        float minimum = MIN_COLUMN_SHARE * pageWidth;
        return leftEnd >= 0 && rightStart >= 0 && leftEnd - line.x0() >= minimum && line.x1() - rightStart >= minimum;
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
