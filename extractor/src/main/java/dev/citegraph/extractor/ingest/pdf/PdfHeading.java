package dev.citegraph.extractor.ingest.pdf;

import dev.citegraph.extractor.ingest.HeadingNumber;

import java.util.List;

/**
 * A heading found on a page: its number (null for an unnumbered heading such as "References"), its title with any
 * wrapped second line joined, the printed lines it spans, the signals that made it a heading and whether the PDF's
 * outline and the report's table of contents name it.
 */
record PdfHeading(HeadingNumber number, String title, int level, List<PdfLine> lines, String evidence,
                  boolean outlined, boolean listed) {

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
