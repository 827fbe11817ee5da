package dev.citegraph.queries.query;

import dev.citegraph.dsl.ast.AggregateFunction;
import dev.citegraph.dsl.plan.Grouping;
import dev.citegraph.dsl.plan.Output;
import dev.citegraph.dsl.plan.Plan;
import dev.citegraph.dsl.plan.Slot;
import dev.citegraph.dsl.plan.StatusFilter;
import dev.citegraph.dsl.plan.Target;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.FactObject;
import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.store.QueryResult;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Turns a store's rows into an answer, hydrating fact ids into facts with their citations. */
final class AnswerBuilder implements Plan.Visitor<Answer> {
    /** Aggregates differ in their last digits between stores (double vs decimal): twelve digits are kept. */
    private static final MathContext DIGITS = new MathContext(12);

    private final GraphStore store;
    private final QueryResult result;
    private final Function<Slot, String> typed;

    AnswerBuilder(GraphStore store, QueryResult result, Function<Slot, String> typed) {
        this.store = store;
        this.result = result;
        this.typed = typed;
    }

    @Override
    public Answer visitFacts(Plan.FactsPlan plan) {
        boolean withStatus = plan.status() == StatusFilter.ALL;
        List<String> columns = new ArrayList<>(List.of("subject", "predicate", "object"));
        if (withStatus) columns.add("status");
        Map<String, Fact> facts = hydrate(List.of("f0"));
        List<Answer.FactRow> rows = new ArrayList<>();
        for (Map<String, Object> row : result.rows()) {
            Fact fact = facts.get((String) row.get("f0"));
            if (fact == null) continue;
            List<String> cells = new ArrayList<>(List.of(fact.subject().name(), fact.predicate().name(),
                    FactValues.display(fact)));
            if (withStatus) cells.add(FactValues.status(fact));
            rows.add(new Answer.FactRow(cells, List.of(fact)));
        }
        return new Answer.FactRows(columns, rows);
    }

    @Override
    public Answer visitMatch(Plan.MatchPlan plan) {
        List<String> factColumns = new ArrayList<>();
        for (int i = 0; i < plan.body().patterns().size(); i++) factColumns.add("f" + i);
        Map<String, Fact> facts = hydrate(factColumns);
        List<String> columns = plan.outputs().stream().map(o -> "?" + o.target().variable()).toList();
        List<Answer.FactRow> rows = new ArrayList<>();
        for (Map<String, Object> row : result.rows()) {
            List<Fact> rowFacts = factColumns.stream().map(c -> facts.get((String) row.get(c))).toList();
            if (rowFacts.contains(null)) continue;
            List<String> cells = plan.outputs().stream().map(o -> cell(o, rowFacts.get(o.pattern()))).toList();
            rows.add(new Answer.FactRow(cells, rowFacts));
        }
        return new Answer.FactRows(columns, rows);
    }

    @Override
    public Answer visitAggregate(Plan.AggregatePlan plan) {
        Map<String, Fact> facts = new HashMap<>();
        List<List<String>> idsByRow = new ArrayList<>();
        Set<String> all = new LinkedHashSet<>();
        for (Map<String, Object> row : result.rows()) {
            List<String> ids = ids(row.get("facts"));
            idsByRow.add(ids);
            all.addAll(ids);
        }
        for (Fact fact : store.facts(all)) facts.put(fact.id(), fact);
        List<Answer.AggregateRow> rows = new ArrayList<>();
        for (int i = 0; i < result.rows().size(); i++) {
            Map<String, Object> row = result.rows().get(i);
            Optional<String> group = plan.group().map(g -> row.get("grp") == null ? "" : row.get("grp").toString());
            List<Fact> cited = idsByRow.get(i).stream().map(facts::get).filter(f -> f != null).toList();
            Optional<BigDecimal> value = number(row.get("agg"));
            if (plan.function() == AggregateFunction.MIN || plan.function() == AggregateFunction.MAX) {
                cited = cited.stream().filter(f -> value.isPresent() && isValue(f, value.get())).toList();
            }
            rows.add(new Answer.AggregateRow(group, value, cited));
        }
        Optional<String> groupColumn = plan.group().map(g -> g instanceof Grouping.ByTarget t
                ? "?" + t.target().variable() : "document");
        return new Answer.Aggregates(groupColumn, plan.function().keyword() + " ?" + plan.target().variable(), rows);
    }

    @Override
    public Answer visitCompare(Plan.ComparePlan plan) {
        Map<String, Fact> facts = hydrate(List.of("f0"));
        List<String> predicates = new ArrayList<>();
        for (Slot slot : plan.predicates()) {
            String canonical = (String) ((Slot.Literal) slot.source()).value();
            if (!predicates.contains(canonical)) predicates.add(canonical);
        }
        List<List<List<Fact>>> grid = new ArrayList<>();
        for (int r = 0; r < predicates.size(); r++) {
            List<List<Fact>> cells = new ArrayList<>();
            for (int c = 0; c < plan.subjects().size(); c++) cells.add(new ArrayList<>());
            grid.add(cells);
        }
        for (Map<String, Object> row : result.rows()) {
            int column = ((Number) row.get("col")).intValue();
            int index = predicates.indexOf((String) row.get("row"));
            Fact fact = facts.get((String) row.get("f0"));
            if (index >= 0 && fact != null) grid.get(index).get(column).add(fact);
        }
        List<Answer.ComparisonRow> rows = new ArrayList<>();
        for (int r = 0; r < predicates.size(); r++) rows.add(new Answer.ComparisonRow(predicates.get(r), grid.get(r)));
        return new Answer.Comparison(plan.subjects().stream().map(typed).toList(), rows);
    }

    @Override
    public Answer visitListing(Plan.ListingPlan plan) {
        return Listings.of(plan, result);
    }

    private String cell(Output output, Fact fact) {
        if (output.role() == Output.Role.SUBJECT) return fact.subject().name();
        if (output.role() == Output.Role.PREDICATE) return fact.predicate().name();
        if (output.target() instanceof Target.EntityTarget && fact.object() instanceof FactObject.EntityObject e) {
            return e.entity().name();
        }
        return FactValues.display(fact);
    }

    private Map<String, Fact> hydrate(List<String> columns) {
        Set<String> ids = new LinkedHashSet<>();
        for (Map<String, Object> row : result.rows()) {
            for (String column : columns) if (row.get(column) != null) ids.add(row.get(column).toString());
        }
        Map<String, Fact> facts = new HashMap<>();
        for (Fact fact : store.facts(ids)) facts.put(fact.id(), fact);
        return facts;
    }

    /** Fact ids of an aggregate row: a list from Cypher's collect, a space-separated string from GROUP_CONCAT. */
    private static List<String> ids(Object value) {
        List<String> ids = new ArrayList<>();
        if (value instanceof List<?> list) list.forEach(v -> ids.add(v.toString()));
        else if (value != null && !value.toString().isBlank()) ids.addAll(Arrays.asList(value.toString().split("\\s+")));
        return ids.stream().sorted().distinct().toList();
    }

    /** Whether a fact states this (rounded) value: the facts a min or max cites are the ones that reach it. */
    private static boolean isValue(Fact fact, BigDecimal value) {
        return fact.object() instanceof FactObject.QuantityObject q
                && number(q.quantity().value()).map(v -> v.compareTo(value) == 0).orElse(false);
    }

    private static Optional<BigDecimal> number(Object value) {
        if (!(value instanceof Number) && (value == null || value.toString().isBlank())) return Optional.empty();
        BigDecimal decimal = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
        BigDecimal rounded = decimal.round(DIGITS).stripTrailingZeros();
        return Optional.of(rounded.scale() < 0 ? rounded.setScale(0) : rounded);
    }
}
