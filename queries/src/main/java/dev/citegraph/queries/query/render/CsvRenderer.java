package dev.citegraph.queries.query.render;

import dev.citegraph.graph.model.Fact;
import dev.citegraph.queries.query.Answer;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: one line per row, the citations of a row joined in a last "citations" column. */
final class CsvRenderer implements Answer.Visitor<String> {

    @Override
    public String visitFactRows(Answer.FactRows answer) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(answer.columns());
        header.add("citations");
        line(out, header);
        for (Answer.FactRow row : answer.rows()) {
            List<String> cells = new ArrayList<>(row.cells());
            cells.add(String.join(" | ", Citations.of(row.facts())));
            line(out, cells);
        }
        return out.toString();
    }

    @Override
    public String visitComparison(Answer.Comparison answer) {
        StringBuilder out = new StringBuilder();
        line(out, List.of("predicate", "subject", "value", "citations"));
        for (Answer.ComparisonRow row : answer.rows()) {
            for (int c = 0; c < answer.columns().size(); c++) {
                List<Fact> cell = row.cells().get(c);
                line(out, List.of(row.predicate(), answer.columns().get(c), Cells.comparison(cell) + Cells.conflictMark(row, c),
                        String.join(" | ", Citations.of(cell))));
            }
        }
        return out.toString();
    }

    @Override
    public String visitAggregates(Answer.Aggregates answer) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>();
        answer.groupColumn().ifPresent(header::add);
        header.add(answer.valueColumn());
        header.add("citations");
        line(out, header);
        for (Answer.AggregateRow row : answer.rows()) {
            List<String> cells = new ArrayList<>();
            row.group().ifPresent(cells::add);
            cells.add(Cells.aggregate(row));
            cells.add(String.join(" | ", Citations.of(row.facts())));
            line(out, cells);
        }
        return out.toString();
    }

    @Override
    public String visitListing(Answer.Listing answer) {
        StringBuilder out = new StringBuilder();
        line(out, answer.columns());
        answer.rows().forEach(row -> line(out, row));
        return out.toString();
    }

    @Override
    public String visitExplanation(Answer.Explanation answer) {
        StringBuilder out = new StringBuilder();
        line(out, List.of("part", "text"));
        line(out, List.of("plan", answer.plan()));
        line(out, List.of("cypher", answer.cypher()));
        line(out, List.of("sparql", answer.sparql()));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        List<String> quoted = new ArrayList<>();
        for (String cell : cells) {
            boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
            quoted.add(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
        }
        out.append(String.join(",", quoted)).append("\r\n");
    }
}
