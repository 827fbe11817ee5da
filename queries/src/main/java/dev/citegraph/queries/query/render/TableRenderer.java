package dev.citegraph.queries.query.render;

import dev.citegraph.graph.model.Fact;
import dev.citegraph.queries.query.Answer;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Answers for people: aligned columns, each row followed by its citations. */
final class TableRenderer implements Answer.Visitor<String> {
    static final int CITATIONS_PER_ROW = 3;

    @Override
    public String visitFactRows(Answer.FactRows answer) {
        if (answer.rows().isEmpty()) return "no facts found" + why(answer.why());
        TextTable table = new TextTable(answer.columns());
        for (Answer.FactRow row : answer.rows()) table.add(row.cells(), Citations.of(row.facts()));
        return table.render() + count(answer.rows().size(), "row");
    }

    @Override
    public String visitComparison(Answer.Comparison answer) {
        List<String> header = new ArrayList<>(List.of("predicate"));
        header.addAll(answer.columns());
        TextTable table = new TextTable(header);
        Citations.Footnotes footnotes = new Citations.Footnotes();
        for (Answer.ComparisonRow row : answer.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.predicate()));
            for (int c = 0; c < row.cells().size(); c++) {
                List<Fact> cell = row.cells().get(c);
                cells.add(cell.isEmpty() ? Answer.NOT_REPORTED
                        : Cells.comparison(cell) + " " + footnotes.mark(cell) + Cells.conflictMark(row, c));
            }
            table.add(cells, List.of());
        }
        List<String> notes = footnotes.lines();
        return table.render() + (notes.isEmpty() ? "" : "\n" + String.join("\n", notes) + "\n");
    }

    @Override
    public String visitAggregates(Answer.Aggregates answer) {
        List<String> header = new ArrayList<>();
        answer.groupColumn().ifPresent(header::add);
        header.add(answer.valueColumn());
        TextTable table = new TextTable(header);
        for (Answer.AggregateRow row : answer.rows()) {
            List<String> cells = new ArrayList<>();
            row.group().ifPresent(cells::add);
            cells.add(Cells.aggregate(row));
            List<String> citations = Citations.of(row.facts());
            List<String> shown = new ArrayList<>(citations.subList(0, Math.min(CITATIONS_PER_ROW, citations.size())));
            if (citations.size() > shown.size()) {
                shown.add("… and " + (citations.size() - shown.size()) + " more citations (--format json lists all)");
            }
            table.add(cells, shown);
        }
        return table.render() + answer.counted().map(c -> c + "\n").orElse("")
                + (answer.why().isEmpty() ? "" : "nothing to aggregate" + why(answer.why()));
    }

    @Override
    public String visitListing(Answer.Listing answer) {
        if (answer.rows().isEmpty()) return "nothing found\n";
        TextTable table = new TextTable(answer.columns());
        for (List<String> row : answer.rows()) table.add(row, List.of());
        return table.render() + count(answer.rows().size(), "row");
    }

    @Override
    public String visitExplanation(Answer.Explanation answer) {
        StringBuilder out = new StringBuilder();
        out.append("Plan\n").append(indent(answer.plan())).append("\n\n");
        out.append("Cypher\n").append(indent(answer.cypher())).append("\n\n");
        out.append("SPARQL\n").append(indent(answer.sparql())).append('\n');
        if (!answer.parameters().isEmpty()) {
            out.append("\nBound parameters\n");
            new TreeMap<>(answer.parameters()).forEach((k, v) -> out.append("  $").append(k).append(" = ")
                    .append(v instanceof String ? "\"" + v + "\"" : v).append('\n'));
        }
        return out.toString();
    }

    /** The reasons of an empty answer, one a line, after a colon. */
    private static String why(List<String> reasons) {
        if (reasons.isEmpty()) return "\n";
        return ": " + String.join("\n  ", reasons) + "\n";
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s") + "\n";
    }

    private static String indent(String text) {
        return "  " + text.replace("\n", "\n  ");
    }
}
