package dev.citegraph.extractor.ingest.pdf;

import dev.citegraph.extractor.ingest.HeadingNumber;

import java.util.List;

/**
 * A heading found on a page: its number (null for an unnumbered heading such as "References"), its title with any
 * wrapped second line joined, and the printed lines it spans.
 */
record PdfHeading(HeadingNumber number, String title, int level, List<PdfLine> lines) {

    PdfHeading {
        lines = List.copyOf(lines);
    }

    int page() {
        return lines.get(0).page();
    }

    String numberText() {
        return number == null ? "" : number.text();
    }
}
