package dev.citegraph.graph.neo4j;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Entity;
import org.neo4j.driver.types.Path;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Conversions between plain Java values and what crosses the Bolt wire. */
final class Neo4jValues {
    private Neo4jValues() {
    }

    /**
     * A query result value as plain Java: String, Long, Double, Boolean, List, Map or null. Nodes and relationships
     * become the map of their properties; paths the list of their nodes; anything else its string form.
     */
    static Object toJava(Value value) {
        return plain(value.asObject());
    }

    private static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Long || value instanceof Double
                || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Entity entity) return plain(entity.asMap());
        if (value instanceof Path path) {
            List<Object> nodes = new ArrayList<>();
            path.nodes().forEach(node -> nodes.add(plain(node.asMap())));
            return nodes;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object item : list) out.add(plain(item));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        return value.toString();
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
