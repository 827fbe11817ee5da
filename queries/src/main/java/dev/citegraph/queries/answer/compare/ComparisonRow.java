package dev.citegraph.queries.answer.compare;

import java.util.List;
import java.util.Objects;

/**
 * One attribute across the compared entities: a cell per column, in column order. An empty cell is "not reported":
 * the graph holds no verified fact for it, which is not the same as the value being zero or absent from the model.
 */
public record ComparisonRow(String attribute, List<List<CellValue>> cells) {
    public static final String NOT_REPORTED = "not reported";

    public ComparisonRow {
        Objects.requireNonNull(attribute, "attribute");
        cells = cells.stream().map(List::copyOf).toList();
    }
}
