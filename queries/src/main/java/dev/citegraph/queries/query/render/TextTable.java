package dev.citegraph.queries.query.render;

import java.util.ArrayList;
import java.util.List;

/** Left-aligned columns padded to their widest cell, a rule under the header. */
final class TextTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<List<String>> notes = new ArrayList<>();

    TextTable(List<String> header) {
        this.header = List.copyOf(header);
    }

    /** A row, and lines printed indented under it (its citations). */
    void add(List<String> cells, List<String> under) {
        rows.add(List.copyOf(cells));
        notes.add(List.copyOf(under));
    }

    String render() {
        int[] widths = new int[header.size()];
        for (int i = 0; i < header.size(); i++) widths[i] = header.get(i).length();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) widths[i] = Math.max(widths[i], flat(row.get(i)).length());
        }
        StringBuilder out = new StringBuilder();
        line(out, header, widths);
        List<String> rules = new ArrayList<>();
        for (int width : widths) rules.add("-".repeat(width));
        line(out, rules, widths);
        for (int r = 0; r < rows.size(); r++) {
            line(out, rows.get(r), widths);
            for (String note : notes.get(r)) out.append("    ").append(flat(note)).append('\n');
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = flat(cells.get(i));
            line.append(cell);
            if (i < cells.size() - 1) line.append(" ".repeat(widths[i] - cell.length() + 2));
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
