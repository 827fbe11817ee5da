package dev.citegraph.extractor.ingest.pdf;

import dev.citegraph.extractor.ingest.HeadingNumber;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A heading found on a page: its number (null for an unnumbered heading such as "References"), its title with any
 * wrapped second line joined, the printed lines it spans, the signals that made it a heading and whether the PDF's
 * outline and the report's table of contents name it. {@code runOn} is the text a run-in heading ("4.1. World State.
 * The world state is ...") has after it on its line: the first words of its section, empty for a heading on a line of
 * its own.
 */
record PdfHeading(HeadingNumber number, String title, int level, List<PdfLine> lines, String evidence,
                  boolean outlined, boolean listed, String runOn) {

    PdfHeading {
        lines = List.copyOf(lines);
        Objects.requireNonNull(runOn, "runOn");
    }

    /** The run-on text as a line of its own where the heading's line stands, or nothing. */
    Optional<PdfLine> runOnLine() {
        if (runOn.isEmpty()) return Optional.empty();
        PdfLine line = lines.get(0);
        PdfCell last = line.cells().get(line.cells().size() - 1);
        return Optional.of(new PdfLine(line.page(), line.y(),
                List.of(new PdfCell(runOn, line.cells().get(0).x0(), last.x1(), last.height(), 0, runOn.length()))));
    }

    int page() {
        return lines.get(0).page();
    }

    String numberText() {
        return number == null ? "" : number.text();
    }
}
