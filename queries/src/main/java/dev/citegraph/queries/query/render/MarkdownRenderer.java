package dev.citegraph.queries.query.render;

import dev.citegraph.graph.model.Fact;
import dev.citegraph.queries.query.Answer;

import java.util.ArrayList;
import java.util.List;

/** GitHub-flavoured Markdown tables, citations as numbered footnotes under the table. */
final class MarkdownRenderer implements Answer.Visitor<String> {

    @Override
    public String visitFactRows(Answer.FactRows answer) {
        Citations.Footnotes notes = new Citations.Footnotes();
        List<String> header = new ArrayList<>(answer.columns());
        header.add("cited");
        List<List<String>> rows = new ArrayList<>();
        for (Answer.FactRow row : answer.rows()) {
            List<String> cells = new ArrayList<>(row.cells());
            cells.add(notes.mark(row.facts()));
            rows.add(cells);
        }
        return table(header, rows) + footnotes(notes) + why(answer.why());
    }

    @Override
    public String visitComparison(Answer.Comparison answer) {
        Citations.Footnotes notes = new Citations.Footnotes();
        List<String> header = new ArrayList<>(List.of("predicate"));
        header.addAll(answer.columns());
        List<List<String>> rows = new ArrayList<>();
        for (Answer.ComparisonRow row : answer.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.predicate()));
            for (int c = 0; c < row.cells().size(); c++) {
                List<Fact> cell = row.cells().get(c);
                cells.add(cell.isEmpty() ? "*" + Answer.NOT_REPORTED + "*"
                        : Cells.comparison(cell) + " " + notes.mark(cell)
                        + (row.conflicting(c) ? " **" + Answer.Comparison.CONFLICTING + "**" : ""));
            }
            rows.add(cells);
        }
        return table(header, rows) + footnotes(notes);
    }

    @Override
    public String visitAggregates(Answer.Aggregates answer) {
        Citations.Footnotes notes = new Citations.Footnotes();
        List<String> header = new ArrayList<>();
        answer.groupColumn().ifPresent(header::add);
        header.add(answer.valueColumn());
        header.add("cited");
        List<List<String>> rows = new ArrayList<>();
        for (Answer.AggregateRow row : answer.rows()) {
            List<String> cells = new ArrayList<>();
            row.group().ifPresent(cells::add);
            cells.add(Cells.aggregate(row));
            cells.add(notes.mark(row.facts()));
            rows.add(cells);
        }
        return table(header, rows) + footnotes(notes) + answer.counted().map(c -> "\n" + c + "\n").orElse("")
                + why(answer.why());
    }

    /** Why an answer is empty, as a paragraph under the table. */
    private static String why(List<String> reasons) {
        return reasons.isEmpty() ? "" : "\nNothing found: " + String.join("; ", reasons) + "\n";
    }

    @Override
    public String visitListing(Answer.Listing answer) {
        return table(answer.columns(), answer.rows());
    }

    @Override
    public String visitExplanation(Answer.Explanation answer) {
        return "### Plan\n\n```\n" + answer.plan() + "\n```\n\n### Cypher\n\n```cypher\n" + answer.cypher()
                + "\n```\n\n### SPARQL\n\n```sparql\n" + answer.sparql() + "\n```\n";
    }

    private static String table(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        out.append(row(header));
        out.append(row(header.stream().map(h -> "---").toList()));
        rows.forEach(r -> out.append(row(r)));
        return out.toString();
    }

    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells.stream()
                .map(c -> c.replace("|", "\\|").replaceAll("\\s+", " ")).toList()) + " |\n";
    }

    private static String footnotes(Citations.Footnotes notes) {
        List<String> lines = notes.lines();
        return lines.isEmpty() ? "" : "\n" + String.join("  \n", lines) + "\n";
    }
}
