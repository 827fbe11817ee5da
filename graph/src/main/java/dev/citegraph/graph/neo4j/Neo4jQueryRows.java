package dev.citegraph.graph.neo4j;

import dev.citegraph.graph.query.Aggregation;
import dev.citegraph.graph.query.GraphQuery;
import dev.citegraph.graph.query.QueryRows;
import dev.citegraph.graph.query.SectionOrder;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the records of a query rendered by {@link CypherRenderer} into typed rows: the columns are its own. */
final class Neo4jQueryRows implements GraphQuery.Visitor<QueryRows> {
    private final List<Record> records;

    Neo4jQueryRows(List<Record> records) {
        this.records = records;
    }

    @Override
    public QueryRows visitFactsAbout(GraphQuery.FactsAbout query) {
        return new QueryRows.FactRows(records.stream().map(r -> new QueryRows.FactRow(List.of(r.get("f0").asString())))
                .toList());
    }

    @Override
    public QueryRows visitMatch(GraphQuery.Match query) {
        int patterns = query.body().patterns().size();
        List<QueryRows.FactRow> rows = new ArrayList<>();
        for (Record r : records) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < patterns; i++) {
                Value id = r.get("f" + i);
                ids.add(id.isNull() ? QueryRows.FactRow.NO_FACT : id.asString());
            }
            rows.add(new QueryRows.FactRow(ids));
        }
        return new QueryRows.FactRows(rows);
    }

    @Override
    public QueryRows visitAggregate(GraphQuery.Aggregate query) {
        List<QueryRows.AggregateRow> rows = new ArrayList<>();
        for (Record r : records) {
            Optional<String> group = query.group().map(g -> text(r.get("grp")));
            Value agg = r.get("agg");
            List<String> units = query.function() == Aggregation.COUNT ? List.of()
                    : r.get("units").asList(Value::asString);
            Optional<String> unit = units.size() == 1 ? Optional.of(units.get(0)) : Optional.empty();
            Optional<QueryRows.AggregateValue> value = agg.isNull() ? Optional.empty()
                    : Optional.of(new QueryRows.AggregateValue(new BigDecimal(agg.asNumber().toString()), unit));
            rows.add(new QueryRows.AggregateRow(group, value, r.get("facts").asList(Value::asString)));
        }
        return new QueryRows.AggregateRows(rows);
    }

    @Override
    public QueryRows visitCompare(GraphQuery.Compare query) {
        return new QueryRows.CompareRows(records.stream().map(r -> new QueryRows.CompareCell(r.get("col").asInt(),
                r.get("row").asString(), r.get("f0").asString())).toList());
    }

    @Override
    public QueryRows visitConflicts(GraphQuery.Conflicts query) {
        return new QueryRows.FactRows(records.stream().map(r -> new QueryRows.FactRow(List.of(r.get("f0").asString())))
                .toList());
    }

    @Override
    public QueryRows visitListing(GraphQuery.Listing query) {
        return new QueryRows.ListingRows(switch (query.kind()) {
            case PREDICATES -> records.stream().<QueryRows.ListingRow>map(r -> new QueryRows.PredicateCount(
                    r.get("predicate").asString(), r.get("facts").asLong())).toList();
            case ENTITIES -> records.stream().<QueryRows.ListingRow>map(r -> new QueryRows.EntityCount(
                    r.get("name").asString(), text(r.get("kind")), r.get("facts").asLong())).toList();
            case DOCUMENTS -> records.stream().<QueryRows.ListingRow>map(r -> new QueryRows.DocumentRow(
                    r.get("id").asString(), text(r.get("title")), integer(r.get("pages")))).toList();
            case SECTIONS -> SectionOrder.sortAndLimit(records.stream().map(r -> new QueryRows.SectionRow(
                    r.get("document").asString(), text(r.get("number")), text(r.get("title")),
                    integer(r.get("page")), text(r.get("text")))).toList(), query.limit());
        });
    }

    @Override
    public QueryRows visitNameKeyCount(GraphQuery.NameKeyCount query) {
        return new QueryRows.Count(records.get(0).get("n").asLong());
    }

    @Override
    public QueryRows visitAllNames(GraphQuery.AllNames query) {
        return new QueryRows.Names(records.stream().map(r -> r.get("name")).filter(v -> !v.isNull())
                .map(Value::asString).toList());
    }

    private static String text(Value value) {
        return value.isNull() ? "" : value.asString();
    }

    private static Optional<Integer> integer(Value value) {
        return value.isNull() ? Optional.empty() : Optional.of(value.asInt());
    }
}
