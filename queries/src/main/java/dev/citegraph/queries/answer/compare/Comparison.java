package dev.citegraph.queries.answer.compare;

import java.util.List;

/**
 * A comparison in the style of ORKG: one row per attribute, one column per model or paper, every value footnoted
 * with the citation it comes from.
 */
public record Comparison(List<String> columns, List<ComparisonRow> rows, List<Footnote> footnotes) {
    public Comparison {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        footnotes = List.copyOf(footnotes);
        for (ComparisonRow row : rows) {
            if (row.cells().size() != columns.size()) {
                throw new IllegalArgumentException("row " + row.attribute() + " has " + row.cells().size()
                        + " cells for " + columns.size() + " columns");
            }
        }
    }
}
