package dev.citegraph.queries.query.render;

import dev.citegraph.graph.model.Fact;
import dev.citegraph.queries.query.Answer;
import dev.citegraph.queries.query.FactValues;

import java.util.List;
import java.util.stream.Collectors;

/** The text of answer cells shared by every format. */
final class Cells {
    private Cells() {
    }

    /** A comparison cell: its values joined, or "not reported". */
    static String comparison(List<Fact> facts) {
        if (facts.isEmpty()) return Answer.NOT_REPORTED;
        return facts.stream().map(FactValues::display).collect(Collectors.joining("; "));
    }

    /** What follows a comparison cell whose values disagree, in the text formats. */
    static String conflictMark(Answer.ComparisonRow row, int column) {
        return row.conflicting(column) ? " (" + Answer.Comparison.CONFLICTING + ")" : "";
    }

    static String aggregate(Answer.AggregateRow row) {
        return row.value().map(v -> v.toPlainString() + row.unit().map(u -> " " + u).orElse("")).orElse("none");
    }
}
