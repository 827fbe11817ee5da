package dev.citegraph.queries.answer.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.citegraph.queries.query.Answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** How a comparison is written: a terminal table or Markdown for people, CSV or JSON for programs. */
public enum ComparisonFormat {
    TABLE, MARKDOWN, CSV, JSON;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String render(Comparison comparison) {
        return switch (this) {
            case TABLE -> table(comparison);
            case MARKDOWN -> markdown(comparison);
            case CSV -> csv(comparison);
            case JSON -> json(comparison);
        };
    }

    private static String cell(List<CellValue> values, boolean conflicting, boolean markdown) {
        if (values.isEmpty()) return Answer.NOT_REPORTED;
        String shown = values.stream().map(v -> markdown ? v.display().replace("|", "\\|") + v.footnotes().stream()
                        .map(n -> "[^" + n + "]").collect(Collectors.joining()) : v.withMarkers())
                .collect(Collectors.joining("; "));
        return shown + conflictMark(conflicting, markdown);
    }

    /** What follows the values of a cell that disagree: bold in Markdown, in brackets in the other text formats. */
    private static String conflictMark(boolean conflicting, boolean markdown) {
        if (!conflicting) return "";
        return markdown ? " **" + Answer.Comparison.CONFLICTING + "**" : " (" + Answer.Comparison.CONFLICTING + ")";
    }

    private static String table(Comparison comparison) {
        List<List<String>> lines = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("attribute"));
        header.addAll(comparison.columns());
        lines.add(header);
        for (ComparisonRow row : comparison.rows()) {
            List<String> line = new ArrayList<>(List.of(row.attribute()));
            for (int c = 0; c < row.cells().size(); c++) line.add(cell(row.cells().get(c), row.conflicting(c), false));
            lines.add(line);
        }
        int[] widths = new int[header.size()];
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) widths[i] = Math.max(widths[i], width(line.get(i)));
        }
        StringBuilder out = new StringBuilder();
        for (int l = 0; l < lines.size(); l++) {
            List<String> line = lines.get(l);
            for (int i = 0; i < line.size(); i++) {
                if (i > 0) out.append(" | ");
                out.append(line.get(i)).append(" ".repeat(widths[i] - width(line.get(i))));
            }
            out.setLength(out.length() - trailingSpaces(out));
            out.append('\n');
            if (l == 0) {
                for (int i = 0; i < widths.length; i++) out.append(i > 0 ? "-+-" : "").append("-".repeat(widths[i]));
                out.append('\n');
            }
        }
        if (!comparison.footnotes().isEmpty()) out.append('\n');
        comparison.footnotes().forEach(f -> out.append('[').append(f.number()).append("] ").append(f.render())
                .append('\n'));
        return out.toString();
    }

    private static String markdown(Comparison comparison) {
        StringBuilder out = new StringBuilder("| attribute |");
        comparison.columns().forEach(c -> out.append(' ').append(c.replace("|", "\\|")).append(" |"));
        out.append("\n|---|").append("---|".repeat(comparison.columns().size())).append('\n');
        for (ComparisonRow row : comparison.rows()) {
            out.append("| ").append(row.attribute()).append(" |");
            for (int c = 0; c < row.cells().size(); c++) {
                out.append(' ').append(cell(row.cells().get(c), row.conflicting(c), true)).append(" |");
            }
            out.append('\n');
        }
        if (!comparison.footnotes().isEmpty()) out.append('\n');
        comparison.footnotes().forEach(f -> out.append("[^").append(f.number()).append("]: ").append(f.render())
                .append('\n'));
        return out.toString();
    }

    /** One line per attribute; beside each column's values a column of their citations, since CSV has no footnotes. */
    private static String csv(Comparison comparison) {
        List<String> header = new ArrayList<>(List.of("attribute"));
        comparison.columns().forEach(c -> {
            header.add(c);
            header.add(c + " sources");
        });
        StringBuilder out = new StringBuilder(csvLine(header));
        Map<Integer, Footnote> byNumber = comparison.footnotes().stream()
                .collect(Collectors.toMap(Footnote::number, f -> f));
        for (ComparisonRow row : comparison.rows()) {
            List<String> line = new ArrayList<>(List.of(row.attribute()));
            for (int c = 0; c < row.cells().size(); c++) {
                List<CellValue> values = row.cells().get(c);
                line.add(values.isEmpty() ? Answer.NOT_REPORTED
                        : values.stream().map(CellValue::display).collect(Collectors.joining("; "))
                        + conflictMark(row.conflicting(c), false));
                line.add(values.stream().flatMap(v -> v.footnotes().stream()).map(byNumber::get)
                        .map(Footnote::render).collect(Collectors.joining(" | ")));
            }
            out.append(csvLine(line));
        }
        return out.toString();
    }

    private static String json(Comparison comparison) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("columns", comparison.columns());
        List<Object> rows = new ArrayList<>();
        for (ComparisonRow row : comparison.rows()) {
            List<Object> cells = new ArrayList<>();
            for (int c = 0; c < row.cells().size(); c++) {
                List<CellValue> values = row.cells().get(c);
                Map<String, Object> cell = new LinkedHashMap<>();
                cell.put("reported", !values.isEmpty());
                cell.put("conflicting", row.conflicting(c));
                cell.put("values", values);
                cells.add(cell);
            }
            rows.add(Map.of("attribute", row.attribute(), "cells", cells));
        }
        root.put("rows", rows);
        List<Object> footnotes = new ArrayList<>();
        for (Footnote f : comparison.footnotes()) {
            Map<String, Object> note = new LinkedHashMap<>();
            note.put("number", f.number());
            note.put("fact", f.factId());
            note.put("document", f.citation().documentId());
            note.put("section", f.citation().sectionNumber());
            note.put("sectionTitle", f.citation().sectionTitle());
            note.put("page", f.citation().page());
            note.put("quote", f.citation().quote());
            footnotes.add(note);
        }
        root.put("footnotes", footnotes);
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a comparison must serialise: " + e.getMessage(), e);
        }
    }

    private static String csvLine(List<String> cells) {
        return cells.stream().map(c -> c.matches("(?s).*[\",\\r\\n].*") ? '"' + c.replace("\"", "\"\"") + '"' : c)
                .collect(Collectors.joining(",")) + "\r\n";
    }

    /** Characters as a terminal shows them: code points, not UTF-16 units (math letters are two units, one glyph). */
    private static int width(String text) {
        return text.codePointCount(0, text.length());
    }

    private static int trailingSpaces(StringBuilder out) {
        int n = 0;
        while (n < out.length() && out.charAt(out.length() - 1 - n) == ' ') n++;
        return n;
    }
}
