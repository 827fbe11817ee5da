package dev.citegraph.graph.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A compiled query in both store languages, sharing one set of named parameters. Each store runs the text of its own
 * language and binds the parameters; user text only ever travels as a parameter value.
 */
public record StoreQuery(String cypher, String sparql, Map<String, Object> parameters, List<String> columns) {
    public StoreQuery {
        Objects.requireNonNull(cypher, "cypher");
        Objects.requireNonNull(sparql, "sparql");
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        columns = columns == null ? List.of() : List.copyOf(columns);
    }
}
