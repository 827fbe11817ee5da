package dev.citegraph.queries.answer.compare;

import java.util.List;
import java.util.Objects;

/**
 * One attribute across the compared entities: a cell per column, in column order. An empty cell is "not reported":
 * the graph holds no verified fact for it, which is not the same as the value being zero or absent from the model.
 * {@code conflicts} says, per cell, whether its values disagree (the rule of {@code ValueConflicts}).
 */
public record ComparisonRow(String attribute, List<List<CellValue>> cells, List<Boolean> conflicts) {
    public ComparisonRow {
        Objects.requireNonNull(attribute, "attribute");
        cells = cells.stream().map(List::copyOf).toList();
        conflicts = List.copyOf(conflicts);
        if (conflicts.size() != cells.size()) throw new IllegalArgumentException("one conflict mark per cell");
    }

    public boolean conflicting(int column) {
        return conflicts.get(column);
    }
}
