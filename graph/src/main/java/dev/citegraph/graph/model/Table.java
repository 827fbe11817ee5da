package dev.citegraph.graph.model;

import java.util.List;
import java.util.Objects;

/**
 * A table as printed: its label ("Table 1"), caption, page and rows of cells. The first row is the header when the
 * report prints one.
 */
public record Table(String label, String caption, Integer page, List<List<String>> rows) {
    public Table {
        label = label == null ? "" : label;
        caption = caption == null ? "" : caption;
        Objects.requireNonNull(rows, "rows");
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** A row as printed: its cells joined by single spaces, the way a citation quotes it. */
    public String rowText(int index) {
        return String.join(" ", rows.get(index)).replaceAll("\\s+", " ").trim();
    }
}
