package dev.citegraph.extractor.ingest.pdf;

import dev.citegraph.extractor.ingest.TableCaptions;
import dev.citegraph.graph.model.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * Tables found by their caption ("Table 1 | Training costs ...", "Table 2: ..."): the rows are the block of lines
 * with column gaps right above or below the caption, each row cut into cells where the gaps are.
 */
final class TableFinder {

    private final LayoutMetrics metrics;

    TableFinder(LayoutMetrics metrics) {
        this.metrics = metrics;
    }

    /** A caption found on a page, with the table it names. */
    record Found(PdfLine caption, Table table) {
    }

    List<Found> find(PdfPage page) {
        List<Found> found = new ArrayList<>();
        List<PdfLine> lines = page.lines();
        for (int i = 0; i < lines.size(); i++) {
            int index = i;
            TableCaptions.parse(lines.get(i).text()).ifPresent(caption -> found.add(tableFor(page, index, caption)));
        }
        return found;
    }

    private Found tableFor(PdfPage page, int captionIndex, TableCaptions.Caption caption) {
        List<PdfLine> lines = page.lines();
        int end = captionIndex;
        StringBuilder text = new StringBuilder(caption.text());
        while (end + 1 < lines.size() && continuesCaption(lines.get(end), lines.get(end + 1))) {
            text.append(' ').append(lines.get(++end).text());
        }
        List<PdfLine> above = block(lines, captionIndex, -1);
        List<PdfLine> below = block(lines, end, +1);
        List<PdfLine> rows = tabularCount(above) >= tabularCount(below) ? above : below;
        List<List<String>> cells = new ArrayList<>();
        for (PdfLine row : rows) cells.add(row.cells().stream().map(PdfCell::text).toList());
        return new Found(lines.get(captionIndex), new Table(caption.label(), text.toString().strip(), page.number(), cells));
    }

    private boolean continuesCaption(PdfLine line, PdfLine next) {
        float step = next.y() - line.y();
        return !next.isTabular() && step > 0 && step <= 1.3f * metrics.linePitch()
                && TableCaptions.parse(next.text()).isEmpty() && next.x0() >= line.x0() - 2;
    }

    /** The lines next to the caption, going {@code direction}, while they look like table rows. */
    private List<PdfLine> block(List<PdfLine> lines, int from, int direction) {
        List<PdfLine> block = new ArrayList<>();
        PdfLine last = lines.get(from);
        for (int i = from + direction; i >= 0 && i < lines.size(); i += direction) {
            PdfLine line = lines.get(i);
            float step = Math.abs(line.y() - last.y());
            boolean prose = !line.isTabular() && line.x1() - line.x0() > 0.6f * metrics.textWidth();
            if (prose || step > 3.5f * metrics.linePitch() || TableCaptions.parse(line.text()).isPresent()) break;
            block.add(line);
            last = line;
        }
        while (!block.isEmpty() && !block.get(block.size() - 1).isTabular()) block.remove(block.size() - 1);
        if (direction < 0) java.util.Collections.reverse(block);
        return tabularCount(block) >= 2 ? block : List.of();
    }

    private static int tabularCount(List<PdfLine> lines) {
        return (int) lines.stream().filter(PdfLine::isTabular).count();
    }
}
