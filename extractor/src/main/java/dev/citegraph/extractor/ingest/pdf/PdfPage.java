package dev.citegraph.extractor.ingest.pdf;

import java.util.List;

/** A page's lines in reading order, top to bottom. */
record PdfPage(int number, float height, List<PdfLine> lines) {

    PdfPage {
        lines = List.copyOf(lines);
    }

    PdfPage withLines(List<PdfLine> kept) {
        return new PdfPage(number, height, kept);
    }
}
