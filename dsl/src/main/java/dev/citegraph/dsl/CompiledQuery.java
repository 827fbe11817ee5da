package dev.citegraph.dsl;

import dev.citegraph.dsl.analysis.ValueTransforms;
import dev.citegraph.dsl.ast.Query;
import dev.citegraph.dsl.plan.Plan;
import dev.citegraph.dsl.plan.PlanPrinter;
import dev.citegraph.dsl.plan.Slot;
import dev.citegraph.graph.error.ErrorCode;
import dev.citegraph.graph.store.StoreQuery;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import static dev.citegraph.graph.error.ErrorCode.BAD_PARAMETER;
import static dev.citegraph.graph.error.ErrorCode.MISSING_PARAMETER;

/**
 * A query compiled for both stores. {@link #bind} supplies the {@code $parameters} and yields what a store runs;
 * the same compiled query can be bound many times (saved queries).
 */
public record CompiledQuery(String source, Query query, Plan plan, String cypher, String sparql,
                            ValueTransforms transforms) {
    public CompiledQuery {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(cypher, "cypher");
        Objects.requireNonNull(sparql, "sparql");
        Objects.requireNonNull(transforms, "transforms");
    }

    /**
     * The store query with every slot's value: literals as compiled, parameters transformed by their role.
     *
     * @throws QueryException a parameter is missing or not a number where a number is needed
     */
    public StoreQuery bind(Map<String, String> parameters) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Slot slot : plan.slots()) values.put(slot.name(), value(slot, parameters));
        return new StoreQuery(cypher, sparql, values, java.util.List.of());
    }

    /** The parameters the query expects, by name. */
    public java.util.Set<String> parameterNames() {
        TreeSet<String> names = new TreeSet<>();
        for (Slot slot : plan.slots()) if (slot.source() instanceof Slot.FromParameter p) names.add(p.parameter());
        return names;
    }

    /** Plan, Cypher and SPARQL, as {@code explain} prints them. */
    public String explain() {
        return "Plan\n" + indent(PlanPrinter.print(plan)) + "\n\nCypher\n" + indent(cypher) + "\n\nSPARQL\n"
                + indent(sparql);
    }

    private Object value(Slot slot, Map<String, String> parameters) {
        if (slot.source() instanceof Slot.Literal literal) return literal.value();
        String name = ((Slot.FromParameter) slot.source()).parameter();
        String given = parameters.get(name);
        if (given == null) {
            throw error(MISSING_PARAMETER, slot, "no value for $" + name + ": pass --param " + name + "=VALUE");
        }
        try {
            return transforms.apply(slot.role(), given);
        } catch (NumberFormatException e) {
            throw error(BAD_PARAMETER, slot, "$" + name + " must be a number such as 1.5M or 14.8T, was '" + given + "'");
        }
    }

    private QueryException error(ErrorCode code, Slot slot, String message) {
        return new QueryException(new QueryError(code, slot.position(), message), source);
    }

    private static String indent(String text) {
        return "  " + text.replace("\n", "\n  ");
    }
}
