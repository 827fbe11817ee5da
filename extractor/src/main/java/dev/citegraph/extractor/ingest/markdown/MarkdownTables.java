package dev.citegraph.extractor.ingest.markdown;

import dev.citegraph.extractor.ingest.TableCaptions;
import dev.citegraph.graph.model.Table;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;
import org.commonmark.renderer.text.TextContentRenderer;

import java.util.ArrayList;
import java.util.List;

/** A GFM table as rows of plain-text cells, labelled by the "Table N: ..." paragraph just before it, if any. */
final class MarkdownTables {

    private MarkdownTables() {
    }

    static Table toTable(TableBlock block, String captionParagraph, TextContentRenderer renderer) {
        List<List<String>> rows = new ArrayList<>();
        collectRows(block, rows, renderer);
        TableCaptions.Caption caption = captionParagraph == null ? null : TableCaptions.parse(captionParagraph).orElse(null);
        return new Table(caption == null ? "" : caption.label(), caption == null ? "" : caption.text(), null, rows);
    }

    /** The cell's content alone: rendering the cell itself would add the column separator. */
    private static String cellText(Node cell, TextContentRenderer renderer) {
        StringBuilder text = new StringBuilder();
        for (Node child = cell.getFirstChild(); child != null; child = child.getNext()) text.append(renderer.render(child));
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    private static void collectRows(Node parent, List<List<String>> rows, TextContentRenderer renderer) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof TableRow) {
                List<String> cells = new ArrayList<>();
                for (Node cell = node.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) cells.add(cellText(cell, renderer));
                }
                rows.add(cells);
            } else {
                collectRows(node, rows, renderer);
            }
        }
    }
}
