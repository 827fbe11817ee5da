package dev.citegraph.extractor.ingest.pdf;

import java.util.List;

/**
 * One printed line of a page: its cells left to right, baseline {@code y} from the top of the page, the glyph height
 * most of its characters have and the share of its characters set in a bold face.
 */
record PdfLine(int page, float y, float height, float boldShare, List<PdfCell> cells) {

    PdfLine {
        cells = List.copyOf(cells);
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

    float x0() {
        return cells.get(0).x0();
    }

    float x1() {
        return cells.get(cells.size() - 1).x1();
    }

    boolean isBold() {
        return boldShare >= 0.8f;
    }

    boolean isTabular() {
        return cells.size() > 1;
    }
}
