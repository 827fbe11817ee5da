package dev.citegraph.extractor.ingest.pdf;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * One printed line of a page: its cells left to right and its baseline {@code y} from the top of the page. Its height
 * is the glyph height of most of its characters; its bold share the part of its characters set in a bold face.
 */
record PdfLine(int page, float y, List<PdfCell> cells) {

    PdfLine {
        cells = List.copyOf(cells);
        if (cells.isEmpty()) throw new IllegalArgumentException("a line has at least one cell");
    }

    String text() {
        if (cells.size() == 1) return cells.get(0).text();
        StringBuilder out = new StringBuilder();
        for (PdfCell cell : cells) {
            if (out.length() > 0) out.append(' ');
            out.append(cell.text());
        }
        return out.toString();
    }

    float height() {
        PdfCell widest = cells.get(0);
        for (PdfCell cell : cells) {
            if (cell.chars() > widest.chars()) widest = cell;
        }
        return widest.height();
    }

    float boldShare() {
        return share(PdfCell::boldChars);
    }

    /** The part of its characters set in a small-capitals face. */
    float smallCapsShare() {
        return share(PdfCell::smallCapsChars);
    }

    private float share(ToIntFunction<PdfCell> counted) {
        int some = 0;
        int chars = 0;
        for (PdfCell cell : cells) {
            some += counted.applyAsInt(cell);
            chars += cell.chars();
        }
        return chars == 0 ? 0 : (float) some / chars;
    }

    /** The words of its cells set wholly in bold, in order. */
    String boldWords() {
        StringBuilder out = new StringBuilder();
        for (PdfCell cell : cells) {
            if (cell.boldWords().isEmpty()) continue;
            if (out.length() > 0) out.append(' ');
            out.append(cell.boldWords());
        }
        return out.toString();
    }

    float x0() {
        return cells.get(0).x0();
    }

    float x1() {
        return cells.get(cells.size() - 1).x1();
    }

    boolean isBold() {
        return boldShare() >= 0.8f;
    }

    boolean isTabular() {
        return cells.size() > 1;
    }

    PdfLine withCells(List<PdfCell> part) {
        return new PdfLine(page, y, part);
    }
}
