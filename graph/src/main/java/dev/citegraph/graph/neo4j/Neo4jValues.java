package dev.citegraph.graph.neo4j;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Conversions between plain Java values and what crosses the Bolt wire. */
final class Neo4jValues {
    private Neo4jValues() {
    }

    /**
     * Query parameters as the driver accepts them. Bolt has no decimal type: a BigDecimal goes as a Double, matching
     * the {@code value} property facts keep for comparison.
     */
    static Map<String, Object> parameters(Map<String, Object> parameters) {
        Map<String, Object> out = new LinkedHashMap<>();
        parameters.forEach((k, v) -> out.put(k, parameter(v)));
        return out;
    }

    private static Object parameter(Object value) {
        if (value instanceof BigDecimal decimal) return decimal.doubleValue();
        if (value instanceof Integer i) return i.longValue();
        if (value instanceof List<?> list) return list.stream().map(Neo4jValues::parameter).toList();
        return value;
    }
}
