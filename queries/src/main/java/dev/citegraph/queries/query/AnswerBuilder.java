package dev.citegraph.queries.query;

import dev.citegraph.dsl.CompiledQuery;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.FactObject;
import dev.citegraph.graph.query.Aggregation;
import dev.citegraph.graph.query.GraphQuery;
import dev.citegraph.graph.query.Output;
import dev.citegraph.graph.query.Param;
import dev.citegraph.graph.query.QueryRows;
import dev.citegraph.graph.query.StatusFilter;
import dev.citegraph.graph.query.Target;
import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.vocab.PredicateVocabulary;
import dev.citegraph.graph.vocab.UnitVocabulary;
import dev.citegraph.graph.vocab.ValueConflicts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns a store's typed rows into an answer, hydrating fact ids into facts with their citations. */
final class AnswerBuilder implements GraphQuery.Visitor<Answer> {
    private final GraphStore store;
    private final QueryRows rows;
    private final CompiledQuery compiled;
    private final Map<String, String> parameters;
    private final Map<String, Object> bound;
    private final PredicateVocabulary vocabulary;

    AnswerBuilder(GraphStore store, QueryRows rows, CompiledQuery compiled, Map<String, String> parameters,
                  Map<String, Object> bound, PredicateVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.store = store;
        this.rows = rows;
        this.compiled = compiled;
        this.parameters = parameters;
        this.bound = bound;
    }

    @Override
    public Answer visitFactsAbout(GraphQuery.FactsAbout query) {
        boolean withStatus = query.status() == StatusFilter.ALL;
        List<String> columns = new ArrayList<>(List.of("subject", "predicate", "object"));
        if (withStatus) columns.add("status");
        QueryRows.FactRows factRows = query.rowsType().cast(rows);
        Map<String, Fact> facts = hydrate(factRows);
        List<Answer.FactRow> answer = new ArrayList<>();
        for (QueryRows.FactRow row : factRows.rows()) {
            Fact fact = facts.get(row.factIds().get(0));
            if (fact == null) continue;
            List<String> cells = new ArrayList<>(List.of(fact.subject().name(), fact.predicate().name(),
                    FactValues.display(fact)));
            if (withStatus) cells.add(FactValues.status(fact));
            answer.add(new Answer.FactRow(cells, List.of(fact)));
        }
        return new Answer.FactRows(columns, answer);
    }

    @Override
    public Answer visitMatch(GraphQuery.Match query) {
        QueryRows.FactRows factRows = query.rowsType().cast(rows);
        Map<String, Fact> facts = hydrate(factRows);
        List<String> columns = query.outputs().stream().map(o -> "?" + o.target().variable()).toList();
        List<Answer.FactRow> answer = new ArrayList<>();
        for (QueryRows.FactRow row : factRows.rows()) {
            // Empty where an optional pattern found no fact; a row whose fact cannot be read is left out, as before.
            List<Optional<Fact>> rowFacts = new ArrayList<>();
            boolean unread = false;
            for (int i = 0; i < row.factIds().size(); i++) {
                Optional<String> id = row.fact(i);
                Optional<Fact> fact = id.map(facts::get);
                unread |= id.isPresent() && fact.isEmpty();
                rowFacts.add(fact);
            }
            if (unread) continue;
            List<String> cells = query.outputs().stream().map(o -> cell(o, rowFacts)).toList();
            answer.add(new Answer.FactRow(cells, rowFacts.stream().flatMap(Optional::stream).toList()));
        }
        if (query.distinct()) answer = distinct(answer, query.limit());
        List<String> why = answer.isEmpty() ? emptyAnswers().why(query.body()) : List.of();
        return new Answer.FactRows(columns, answer, why);
    }

    @Override
    public Answer visitAggregate(GraphQuery.Aggregate query) {
        QueryRows.AggregateRows aggregates = query.rowsType().cast(rows);
        Set<String> all = new LinkedHashSet<>();
        aggregates.rows().forEach(row -> all.addAll(row.factIds()));
        Map<String, Fact> facts = new HashMap<>();
        for (Fact fact : store.facts(all)) facts.put(fact.id(), fact);
        List<Answer.AggregateRow> answer = new ArrayList<>();
        for (QueryRows.AggregateRow row : aggregates.rows()) {
            Optional<BigDecimal> value = row.value().map(QueryRows.AggregateValue::value);
            List<Fact> behind = row.factIds().stream().map(facts::get).filter(f -> f != null).toList();
            List<Fact> cited = behind;
            if (query.function() == Aggregation.MIN || query.function() == Aggregation.MAX) {
                cited = behind.stream().filter(f -> value.isPresent() && isValue(f, value.get())).toList();
            }
            Optional<String> unit = query.function() == Aggregation.COUNT ? Optional.empty()
                    : AggregateUnits.of(query, row.group(), cited, compiled);
            answer.add(new Answer.AggregateRow(row.group(), value, unit, cited));
        }
        Optional<String> groupColumn = query.group().map(g -> g.match(d -> "document",
                t -> "?" + t.target().variable()));
        Optional<String> counted = query.function() == Aggregation.COUNT
                ? Optional.of(counted(query, all.size())) : Optional.empty();
        List<String> why = all.isEmpty() ? emptyAnswers().why(query.body()) : List.of();
        return new Answer.Aggregates(groupColumn, query.function().keyword() + " ?" + query.target().variable(), answer,
                counted, why);
    }

    /** One row per distinct set of cells, with the facts of every row merged into it, cut to the limit. */
    private static List<Answer.FactRow> distinct(List<Answer.FactRow> rows, Optional<Integer> limit) {
        Map<List<String>, Set<Fact>> merged = new java.util.LinkedHashMap<>();
        for (Answer.FactRow row : rows) {
            merged.computeIfAbsent(row.cells(), c -> new LinkedHashSet<>()).addAll(row.facts());
        }
        return merged.entrySet().stream().limit(limit.orElse(Integer.MAX_VALUE))
                .map(e -> new Answer.FactRow(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    /** What a count counted: distinct entities, or distinct facts for a value, and over how many facts. */
    private static String counted(GraphQuery.Aggregate query, int facts) {
        String what = query.target() instanceof Target.EntityTarget ? "distinct entities bound to ?"
                : "distinct facts binding ?";
        return "counted " + what + query.target().variable() + ", from " + facts + " fact" + (facts == 1 ? "" : "s");
    }

    @Override
    public Answer visitCompare(GraphQuery.Compare query) {
        QueryRows.CompareRows cells = query.rowsType().cast(rows);
        Map<String, Fact> facts = new HashMap<>();
        for (Fact fact : store.facts(cells.cells().stream().map(QueryRows.CompareCell::factId).toList())) {
            facts.put(fact.id(), fact);
        }
        List<String> predicates = query.predicates().stream().map(p -> (String) bound.get(p.name())).distinct().toList();
        List<List<List<Fact>>> grid = new ArrayList<>();
        for (int r = 0; r < predicates.size(); r++) {
            List<List<Fact>> row = new ArrayList<>();
            for (int c = 0; c < query.subjects().size(); c++) row.add(new ArrayList<>());
            grid.add(row);
        }
        for (QueryRows.CompareCell cell : cells.cells()) {
            int index = predicates.indexOf(general(cell.predicate(), predicates));
            Fact fact = facts.get(cell.factId());
            if (index >= 0 && fact != null) grid.get(index).get(cell.column()).add(fact);
        }
        ValueConflicts conflicts = valueConflicts();
        List<Answer.ComparisonRow> answer = new ArrayList<>();
        for (int r = 0; r < predicates.size(); r++) {
            answer.add(new Answer.ComparisonRow(predicates.get(r), grid.get(r),
                    grid.get(r).stream().map(conflicts::disagree).toList()));
        }
        List<String> columns = query.subjects().stream().map(Param::name).map(n -> compiled.typed(n, parameters)).toList();
        return new Answer.Comparison(columns, answer);
    }

    /**
     * Each disagreement as rows numbered alike, one per value, with the facts (and so the citations) that state it.
     * The store found the facts that share a subject and predicate; which of them disagree is the one rule of
     * {@link ValueConflicts}.
     */
    @Override
    public Answer visitConflicts(GraphQuery.Conflicts query) {
        QueryRows.FactRows factRows = query.rowsType().cast(rows);
        Map<String, Fact> facts = hydrate(factRows);
        List<Fact> candidates = factRows.rows().stream().map(r -> facts.get(r.factIds().get(0)))
                .filter(f -> f != null).toList();
        List<ValueConflicts.Conflict> conflicts = valueConflicts().among(candidates);
        List<Answer.FactRow> answer = new ArrayList<>();
        int number = 0;
        for (ValueConflicts.Conflict conflict : conflicts.subList(0, Math.min(conflicts.size(),
                query.limit().orElse(Integer.MAX_VALUE)))) {
            number++;
            for (List<Fact> value : conflict.values()) {
                answer.add(new Answer.FactRow(List.of(Integer.toString(number), conflict.subject(),
                        conflict.predicate(), FactValues.display(value.get(0))), value));
            }
        }
        List<String> why = !answer.isEmpty() ? List.of() : candidates.isEmpty()
                ? List.of("no subject has two values of one predicate here, so none can disagree")
                : List.of(candidates.size() + " facts share a subject and predicate, and none disagree: their values "
                + "are equal, their qualifiers differ, or one passage states them");
        return new Answer.FactRows(List.of("conflict", "subject", "predicate", "value"), answer, why);
    }

    @Override
    public Answer visitListing(GraphQuery.Listing query) {
        return Listings.of(query, query.rowsType().cast(rows), bound, vocabulary);
    }

    @Override
    public Answer visitNameKeyCount(GraphQuery.NameKeyCount query) {
        return new Answer.Listing(List.of("entities"),
                List.of(List.of(Long.toString(query.rowsType().cast(rows).count()))));
    }

    @Override
    public Answer visitAllNames(GraphQuery.AllNames query) {
        return new Answer.Listing(List.of("name"),
                query.rowsType().cast(rows).names().stream().map(List::of).toList());
    }

    /** The predicate of a comparison's rows a fact's predicate is, or is a kind of. */
    private String general(String predicate, List<String> rows) {
        String current = predicate;
        for (int depth = 0; depth < 8 && !rows.contains(current); depth++) {
            String kind = current;
            Optional<String> up = vocabulary.parent(kind).or(() -> vocabulary.inferredParent(kind));
            if (up.isEmpty()) break;
            current = up.get();
        }
        return current;
    }

    private ValueConflicts valueConflicts() {
        return new ValueConflicts(UnitVocabulary.builtIn(), vocabulary::canonicalOrSelf);
    }

    private EmptyAnswers emptyAnswers() {
        return new EmptyAnswers(store, compiled, bound);
    }

    /** A variable shown from the first of its places whose fact the row has (a union binds it once per branch). */
    private String cell(Output output, List<Optional<Fact>> rowFacts) {
        for (Output.Place place : output.places()) {
            Optional<Fact> fact = rowFacts.get(place.pattern());
            if (fact.isPresent()) return cell(output.target(), place.role(), fact.get());
        }
        return Answer.NOT_REPORTED;
    }

    private String cell(Target target, Output.Role role, Fact fact) {
        if (role == Output.Role.SUBJECT) return fact.subject().name();
        if (role == Output.Role.PREDICATE) return fact.predicate().name();
        if (target instanceof Target.EntityTarget && fact.object() instanceof FactObject.EntityObject e) {
            return e.entity().name();
        }
        return FactValues.display(fact);
    }

    private Map<String, Fact> hydrate(QueryRows.FactRows factRows) {
        Set<String> ids = new LinkedHashSet<>();
        factRows.rows().forEach(row -> {
            for (int i = 0; i < row.factIds().size(); i++) row.fact(i).ifPresent(ids::add);
        });
        Map<String, Fact> facts = new HashMap<>();
        for (Fact fact : store.facts(ids)) facts.put(fact.id(), fact);
        return facts;
    }

    /** Whether a fact states this value: the facts a min or max cites are the ones that reach it. */
    private static boolean isValue(Fact fact, BigDecimal value) {
        return fact.object() instanceof FactObject.QuantityObject q
                && new QueryRows.AggregateValue(q.quantity().value(), Optional.empty()).value().compareTo(value) == 0;
    }
}
