package dev.citegraph.queries.answer.ask;

import dev.citegraph.dsl.CompiledQuery;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.store.QueryResult;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Runs a compiled citegraph query and returns the verified facts its rows cite. Rows carry fact ids in columns
 * {@code f0}, {@code f1}, … (one per pattern) or, for aggregates, a {@code facts} list.
 */
public final class QueryFacts {
    private static final Pattern FACT_COLUMN = Pattern.compile("f\\d+|facts");

    private QueryFacts() {
    }

    public static List<Fact> run(CompiledQuery query, Map<String, String> parameters, GraphStore store) {
        QueryResult result = store.run(query.bind(parameters));
        return store.facts(ids(result)).stream().filter(Fact::isVerified).toList();
    }

    static Set<String> ids(QueryResult result) {
        Set<String> ids = new LinkedHashSet<>();
        for (Map<String, Object> row : result.rows()) {
            row.forEach((column, value) -> {
                if (!FACT_COLUMN.matcher(column).matches()) return;
                if (value instanceof String id) ids.add(id);
                else if (value instanceof Collection<?> list) list.forEach(id -> ids.add(String.valueOf(id)));
            });
        }
        return ids;
    }
}
