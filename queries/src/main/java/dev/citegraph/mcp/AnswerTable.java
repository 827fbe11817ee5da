package dev.citegraph.mcp;

import dev.citegraph.graph.model.Fact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shape every answering tool returns: rows of cells under columns, each row with the facts behind it, the facts
 * with their citation numbers, the numbered citations. Rendered as a Markdown table with a "cited" column of source
 * marks and the sources listed under it, and as the structured content of {@code ToolSchemas.ANSWER}.
 */
final class AnswerTable {
    private final String kind;
    private final List<String> columns;
    private final List<List<String>> cells = new ArrayList<>();
    private final List<List<String>> rowFacts = new ArrayList<>();
    private final List<List<List<String>>> cellFacts = new ArrayList<>();
    private final List<String> marks = new ArrayList<>();
    private final Sources sources = new Sources();
    private final Map<String, Object> extra = new LinkedHashMap<>();
    private String preamble = "";
    private boolean prose;
    private String empty = "No rows: the graph holds no verified fact that answers this.";

    AnswerTable(String kind, List<String> columns) {
        this.kind = kind;
        this.columns = List.copyOf(columns);
    }

    /** A row whose facts are cited as a whole. */
    AnswerTable row(List<String> rowCells, List<Fact> facts) {
        cells.add(List.copyOf(rowCells));
        rowFacts.add(ids(facts));
        cellFacts.add(null);
        marks.add(sources.mark(facts));
        return this;
    }

    /** A row of cells each with facts of their own (a comparison); the first cell, the row's name, has none. */
    AnswerTable rowOfCells(String name, List<String> values, List<List<Fact>> facts) {
        List<String> rowCells = new ArrayList<>();
        rowCells.add(name);
        List<String> all = new ArrayList<>();
        List<List<String>> perCell = new ArrayList<>();
        perCell.add(List.of());
        for (int i = 0; i < values.size(); i++) {
            String mark = sources.mark(facts.get(i));
            rowCells.add(mark.isEmpty() ? values.get(i) : values.get(i) + " " + mark);
            List<String> ids = ids(facts.get(i));
            perCell.add(ids);
            ids.stream().filter(id -> !all.contains(id)).forEach(all::add);
        }
        cells.add(rowCells);
        rowFacts.add(all);
        cellFacts.add(perCell);
        marks.add(null);
        return this;
    }

    /** Text put before the table (an answer's prose, a query's notes). */
    AnswerTable preamble(String text) {
        this.preamble = text;
        return this;
    }

    /**
     * The text is the preamble alone (an answer written in sentences), its {@code [fact-id]} markers turned into the
     * citation numbers of the sources listed under it; the rows stay in the structured content.
     */
    AnswerTable proseOnly() {
        this.prose = true;
        return this;
    }

    /** What the text says when there are no rows. */
    AnswerTable whenEmpty(String text) {
        this.empty = text;
        return this;
    }

    /** A field of the structured content beyond the common ones. */
    AnswerTable put(String key, Object value) {
        extra.put(key, value);
        return this;
    }

    ToolAnswer toAnswer() {
        return ToolAnswer.of(text(), structured());
    }

    private String text() {
        StringBuilder out = new StringBuilder();
        if (prose) {
            out.append(sources.withMarks(preamble.strip()));
        } else {
            table(out);
        }
        if (!sources.isEmpty()) out.append("\n\nSources:\n").append(String.join("\n", sources.lines()));
        return out.toString();
    }

    private void table(StringBuilder out) {
        if (!preamble.isBlank()) out.append(preamble.strip()).append("\n\n");
        if (cells.isEmpty()) {
            out.append(empty);
        } else {
            boolean cited = marks.stream().anyMatch(m -> m != null && !m.isEmpty());
            List<String> header = new ArrayList<>(columns);
            if (cited) header.add("cited");
            out.append(markdownRow(header)).append(markdownRow(header.stream().map(h -> "---").toList()));
            for (int i = 0; i < cells.size(); i++) {
                List<String> line = new ArrayList<>(cells.get(i));
                if (cited) line.add(marks.get(i) == null ? "" : marks.get(i));
                out.append(markdownRow(line));
            }
            out.append(cells.size() == 1 ? "1 row" : cells.size() + " rows");
        }
    }

    private Map<String, Object> structured() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("kind", kind);
        root.put("columns", columns);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("cells", cells.get(i));
            row.put("facts", rowFacts.get(i));
            if (cellFacts.get(i) != null) row.put("cellFacts", cellFacts.get(i));
            rows.add(row);
        }
        root.put("rows", rows);
        root.put("facts", sources.factsStructured());
        root.put("citations", sources.citationsStructured());
        root.putAll(extra);
        return root;
    }

    private static List<String> ids(List<Fact> facts) {
        return facts.stream().map(Fact::id).distinct().toList();
    }

    private static String markdownRow(List<String> cells) {
        return "| " + String.join(" | ", cells.stream()
                .map(c -> c.replace("|", "\\|").replaceAll("\\s+", " ")).toList()) + " |\n";
    }
}
