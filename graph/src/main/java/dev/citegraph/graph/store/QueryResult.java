package dev.citegraph.graph.store;

import java.util.List;
import java.util.Map;

/**
 * Rows of a query, each a map from column to value. Values are Java values: String, Long, BigDecimal or Double,
 * Boolean, List (fact ids travel as {@code List<String>}).
 */
public record QueryResult(List<String> columns, List<Map<String, Object>> rows) {
    public QueryResult {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
