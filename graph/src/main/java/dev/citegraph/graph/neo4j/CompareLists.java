package dev.citegraph.graph.neo4j;

import dev.citegraph.graph.query.GraphQuery;
import dev.citegraph.graph.query.Param;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A comparison's subjects and predicates passed as two list parameters instead of one parameter each. Neo4j plans a
 * statement once per text; with a parameter per item, every new number of models or attributes was a new text and
 * the first comparison of each paid for planning (the console's first compare took several times its warm time).
 * With the lists the text depends only on the comparison's kind, qualifiers and scope.
 */
final class CompareLists {
    /** {@code [[column, subject], ...]}: the column each subject's values fill, in the order the query names them. */
    static final String PICKS = "compare_picks";
    /** Every predicate a cell's fact may have: the ones asked for and their kinds. */
    static final String PREDICATES = "compare_predicates";

    private CompareLists() {
    }

    /** The query's parameters with the two lists added when it is a comparison; otherwise as given. */
    static Map<String, Object> parameters(GraphQuery<?> query, Map<String, Object> parameters) {
        if (!(query instanceof GraphQuery.Compare compare)) return parameters;
        Map<String, Object> all = new LinkedHashMap<>(parameters);
        all.put(PICKS, picks(compare.subjects(), p -> value(parameters, p)));
        all.put(PREDICATES, compare.allPredicates().stream().map(p -> value(parameters, p)).toList());
        return all;
    }

    /** The lists in terms of the query's own parameters, as a comment {@code explain} shows after the
     * Cypher, so the text can be run by hand with the parameters it lists. */
    static String described(GraphQuery<?> query) {
        if (!(query instanceof GraphQuery.Compare compare)) return "";
        return "\n/* $" + PICKS + " = " + picks(compare.subjects(), Param::toString)
                + ", $" + PREDICATES + " = " + compare.allPredicates() + " */";
    }

    private static List<List<Object>> picks(List<Param> subjects, Function<Param, Object> value) {
        List<List<Object>> picks = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) picks.add(List.of((long) i, value.apply(subjects.get(i))));
        return picks;
    }

    private static Object value(Map<String, Object> parameters, Param param) {
        Object value = parameters.get(param.name());
        if (value == null) throw new IllegalArgumentException("no value for parameter $" + param.name());
        return value;
    }
}
