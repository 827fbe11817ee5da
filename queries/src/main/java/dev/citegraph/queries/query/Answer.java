package dev.citegraph.queries.query;

import dev.citegraph.graph.model.Fact;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** What a query answers, each kind with the facts (and so the citations) behind it. */
public sealed interface Answer {
    /**
     * What a cell without a verified fact says, in every table the tool answers with: an optional pattern's row, a
     * comparison's cell, kg compare's.
     */
    String NOT_REPORTED = "not reported";

    <R> R accept(Visitor<R> visitor);

    interface Visitor<R> {
        R visitFactRows(FactRows answer);

        R visitComparison(Comparison answer);

        R visitAggregates(Aggregates answer);

        R visitListing(Listing answer);

        R visitExplanation(Explanation answer);
    }

    /** Rows of values, each with the facts that state them; {@code why} says why there are none, when none. */
    record FactRows(List<String> columns, List<FactRow> rows, List<String> why) implements Answer {
        public FactRows {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
            why = List.copyOf(why);
        }

        public FactRows(List<String> columns, List<FactRow> rows) {
            this(columns, rows, List.of());
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitFactRows(this);
        }
    }

    record FactRow(List<String> cells, List<Fact> facts) {
        public FactRow {
            cells = List.copyOf(cells);
            facts = List.copyOf(facts);
        }
    }

    /** A pivot: predicates down, subjects across; an empty cell is "not reported". */
    record Comparison(List<String> columns, List<ComparisonRow> rows) implements Answer {
        /** What a cell whose values disagree is marked with. */
        public static final String CONFLICTING = "conflicting values";

        public Comparison {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitComparison(this);
        }
    }

    /** {@code conflicts} says, per cell, whether its values disagree (the rule of {@code ValueConflicts}). */
    record ComparisonRow(String predicate, List<List<Fact>> cells, List<Boolean> conflicts) {
        public ComparisonRow {
            Objects.requireNonNull(predicate, "predicate");
            cells = cells.stream().map(List::copyOf).toList();
            conflicts = List.copyOf(conflicts);
            if (conflicts.size() != cells.size()) throw new IllegalArgumentException("one conflict mark per cell");
        }

        public boolean conflicting(int column) {
            return conflicts.get(column);
        }
    }

    /**
     * One aggregate value per group (one row without a group), with the facts behind it; {@code counted} says what
     * a count counted, {@code why} why nothing was aggregated, when nothing was.
     */
    record Aggregates(Optional<String> groupColumn, String valueColumn, List<AggregateRow> rows,
                      Optional<String> counted, List<String> why) implements Answer {
        public Aggregates {
            Objects.requireNonNull(valueColumn, "valueColumn");
            rows = List.copyOf(rows);
            Objects.requireNonNull(counted, "counted");
            why = List.copyOf(why);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitAggregates(this);
        }
    }

    /**
     * {@code value} is empty when there was nothing to aggregate (max of no facts); {@code unit} is the unit the
     * facts behind it share (none for counts); {@code facts} are those behind the value (for max and min, those
     * that hold it).
     */
    record AggregateRow(Optional<String> group, Optional<BigDecimal> value, Optional<String> unit, List<Fact> facts) {
        public AggregateRow {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(unit, "unit");
            facts = List.copyOf(facts);
        }
    }

    /** What the graph holds: plain rows, no facts. */
    record Listing(List<String> columns, List<List<String>> rows) implements Answer {
        public Listing {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitListing(this);
        }
    }

    /** What {@code explain} prints: the plan and both store queries with their parameters. */
    record Explanation(String plan, String cypher, String sparql, Map<String, Object> parameters) implements Answer {
        public Explanation {
            parameters = Map.copyOf(parameters);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitExplanation(this);
        }
    }
}
