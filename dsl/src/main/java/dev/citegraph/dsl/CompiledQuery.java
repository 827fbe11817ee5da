package dev.citegraph.dsl;

import dev.citegraph.dsl.analysis.ValueTransforms;
import dev.citegraph.dsl.ast.Query;
import dev.citegraph.graph.neo4j.CypherRenderer;
import dev.citegraph.graph.query.GraphQuery;
import dev.citegraph.graph.query.QueryPrinter;
import dev.citegraph.graph.query.StatusFilter;
import dev.citegraph.graph.rdf.SparqlRenderer;
import dev.citegraph.graph.error.ErrorCode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static dev.citegraph.graph.error.ErrorCode.BAD_PARAMETER;
import static dev.citegraph.graph.error.ErrorCode.MISSING_PARAMETER;

/**
 * A query compiled once into a store-neutral graph query. {@link #bind} supplies the {@code $parameters} and yields
 * the values a store binds; the same compiled query can be bound many times (saved queries).
 */
public record CompiledQuery(String source, Query query, GraphQuery<?> graphQuery, List<Slot> slots,
                            ValueTransforms transforms, StatusFilter status) {
    public CompiledQuery {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(graphQuery, "graphQuery");
        slots = List.copyOf(slots);
        Objects.requireNonNull(transforms, "transforms");
    }

    /**
     * The value of every parameter of the graph query: literals as compiled, parameters transformed by their role.
     *
     * @throws QueryException a parameter is missing or not a number where a number is needed
     */
    public Map<String, Object> bind(Map<String, String> parameters) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Slot slot : slots) values.put(slot.name(), value(slot, parameters));
        return values;
    }

    /** The parameters the query expects, by name. */
    public Set<String> parameterNames() {
        TreeSet<String> names = new TreeSet<>();
        for (Slot slot : slots) if (slot.source() instanceof Slot.FromParameter p) names.add(p.parameter());
        return names;
    }

    /** The slot behind a parameter of the graph query. */
    public Optional<Slot> slot(String name) {
        return slots.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The value as the user wrote it, for headers: the literal's text or the run-time parameter's value. */
    public String typed(String name, Map<String, String> parameters) {
        Slot slot = slot(name).orElseThrow(() -> new IllegalArgumentException("no parameter " + name));
        if (slot.source() instanceof Slot.Literal literal) return literal.asTyped();
        return parameters.getOrDefault(((Slot.FromParameter) slot.source()).parameter(), "");
    }

    /** The plan with its parameters, as {@code explain} and golden files print it. */
    public String plan() {
        StringBuilder text = new StringBuilder(QueryPrinter.print(graphQuery));
        if (!slots.isEmpty()) {
            text.append("\nParameters");
            slots.forEach(s -> text.append("\n  ").append(s.describe()));
        }
        return text.toString();
    }

    /** The Cypher the Neo4j store runs for this query. */
    public String cypher() {
        return CypherRenderer.explained(graphQuery);
    }

    /** The SPARQL the TDB2 store runs for this query. */
    public String sparql() {
        return SparqlRenderer.render(graphQuery);
    }

    /** Plan, Cypher and SPARQL, as {@code explain} prints them. */
    public String explain() {
        return "Plan\n" + indent(plan()) + "\n\nCypher\n" + indent(cypher()) + "\n\nSPARQL\n" + indent(sparql());
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
