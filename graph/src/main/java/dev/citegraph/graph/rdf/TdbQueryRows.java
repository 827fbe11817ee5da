package dev.citegraph.graph.rdf;

import dev.citegraph.graph.query.Aggregation;
import dev.citegraph.graph.query.GraphQuery;
import dev.citegraph.graph.query.QueryRows;
import dev.citegraph.graph.query.SectionOrder;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reads the solutions of a query rendered by {@link SparqlRenderer} into typed rows: the variables are its own. */
final class TdbQueryRows implements GraphQuery.Visitor<QueryRows> {
    private final List<QuerySolution> solutions;

    TdbQueryRows(List<QuerySolution> solutions) {
        this.solutions = solutions;
    }

    @Override
    public QueryRows visitFactsAbout(GraphQuery.FactsAbout query) {
        return new QueryRows.FactRows(solutions.stream()
                .map(s -> new QueryRows.FactRow(List.of(text(s, "f0")))).toList());
    }

    @Override
    public QueryRows visitMatch(GraphQuery.Match query) {
        int patterns = query.body().patterns().size();
        List<QueryRows.FactRow> rows = new ArrayList<>();
        for (QuerySolution s : solutions) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < patterns; i++) ids.add(s.contains("f" + i) ? text(s, "f" + i) : QueryRows.FactRow.NO_FACT);
            rows.add(new QueryRows.FactRow(ids));
        }
        return new QueryRows.FactRows(rows);
    }

    @Override
    public QueryRows visitAggregate(GraphQuery.Aggregate query) {
        List<QueryRows.AggregateRow> rows = new ArrayList<>();
        for (QuerySolution s : solutions) {
            Optional<String> group = query.group().map(g -> text(s, "grp"));
            Optional<String> unit = query.function() != Aggregation.COUNT && number(s, "units").map(n -> n.intValue() == 1)
                    .orElse(false) ? Optional.of(text(s, "unit")) : Optional.empty();
            Optional<QueryRows.AggregateValue> value = number(s, "agg").map(n -> new QueryRows.AggregateValue(n, unit));
            String facts = text(s, "facts");
            List<String> ids = facts.isBlank() ? List.of() : Arrays.asList(facts.split(" "));
            rows.add(new QueryRows.AggregateRow(group, value, ids));
        }
        return new QueryRows.AggregateRows(rows);
    }

    @Override
    public QueryRows visitCompare(GraphQuery.Compare query) {
        return new QueryRows.CompareRows(solutions.stream().map(s -> new QueryRows.CompareCell(
                number(s, "col").orElseThrow().intValue(), text(s, "row"), text(s, "f0"))).toList());
    }

    @Override
    public QueryRows visitConflicts(GraphQuery.Conflicts query) {
        return new QueryRows.FactRows(solutions.stream()
                .map(s -> new QueryRows.FactRow(List.of(text(s, "f0")))).toList());
    }

    @Override
    public QueryRows visitListing(GraphQuery.Listing query) {
        return new QueryRows.ListingRows(switch (query.kind()) {
            case PREDICATES -> solutions.stream().<QueryRows.ListingRow>map(s -> new QueryRows.PredicateCount(
                    text(s, "predicate"), number(s, "facts").orElseThrow().longValue())).toList();
            case ENTITIES -> solutions.stream().<QueryRows.ListingRow>map(s -> new QueryRows.EntityCount(
                    text(s, "name"), text(s, "kind"), number(s, "facts").orElseThrow().longValue())).toList();
            case DOCUMENTS -> solutions.stream().<QueryRows.ListingRow>map(s -> new QueryRows.DocumentRow(
                    text(s, "id"), text(s, "title"), number(s, "pages").map(BigDecimal::intValue))).toList();
            case SECTIONS -> SectionOrder.sortAndLimit(solutions.stream().map(s -> new QueryRows.SectionRow(
                    text(s, "document"), text(s, "number"), text(s, "title"),
                    number(s, "page").map(BigDecimal::intValue), text(s, "text"))).toList(), query.limit());
        });
    }

    @Override
    public QueryRows visitNameKeyCount(GraphQuery.NameKeyCount query) {
        return new QueryRows.Count(solutions.isEmpty() ? 0 : number(solutions.get(0), "n").orElseThrow().longValue());
    }

    @Override
    public QueryRows visitAllNames(GraphQuery.AllNames query) {
        return new QueryRows.Names(solutions.stream().map(s -> text(s, "name")).filter(n -> !n.isEmpty()).toList());
    }

    private static String text(QuerySolution solution, String variable) {
        RDFNode node = solution.get(variable);
        if (node == null) return "";
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }

    private static Optional<BigDecimal> number(QuerySolution solution, String variable) {
        RDFNode node = solution.get(variable);
        if (node == null || !node.isLiteral()) return Optional.empty();
        return Optional.of(new BigDecimal(node.asLiteral().getLexicalForm()));
    }
}
