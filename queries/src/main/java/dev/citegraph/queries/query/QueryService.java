package dev.citegraph.queries.query;

import dev.citegraph.dsl.CompiledQuery;
import dev.citegraph.dsl.QueryCompiler;
import dev.citegraph.dsl.names.NameCheck;
import dev.citegraph.dsl.plan.PlanPrinter;
import dev.citegraph.dsl.plan.Slot;
import dev.citegraph.dsl.plan.StatusFilter;
import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.store.QueryResult;
import dev.citegraph.graph.store.StoreQuery;

import java.util.Map;
import java.util.Objects;

/**
 * Answers a query on a graph store: compile, bind the parameters, check the names against the graph, run, and hydrate
 * the fact ids into facts with their citations.
 */
public final class QueryService {
    private final GraphStore store;
    private final QueryCompiler compiler;

    public QueryService(GraphStore store, QueryCompiler compiler) {
        this.store = Objects.requireNonNull(store, "store");
        this.compiler = Objects.requireNonNull(compiler, "compiler");
    }

    /**
     * @param parameters values of the query's {@code $parameters}, as given on the command line
     * @param status     whether only verified facts answer (the default) or all, for review
     * @throws dev.citegraph.dsl.QueryException syntax, semantic or name errors, each with its position
     */
    public Answer answer(String query, Map<String, String> parameters, StatusFilter status) {
        CompiledQuery compiled = compiler.compile(query, status);
        if (compiled.query().explain()) return explanation(compiled, parameters);
        StoreQuery bound = compiled.bind(parameters);
        NameCheck.check(compiled, bound, new StoreCatalog(store), compiler.vocabulary());
        QueryResult result = store.run(bound);
        return compiled.plan().accept(new AnswerBuilder(store, result, slot -> typed(slot, parameters)));
    }

    /** What {@code explain} answers, without touching a store: parameters are bound only when all are given. */
    public static Answer explanation(CompiledQuery compiled, Map<String, String> parameters) {
        Map<String, Object> values = compiled.parameterNames().stream().allMatch(parameters::containsKey)
                ? compiled.bind(parameters).parameters() : Map.of();
        return new Answer.Explanation(PlanPrinter.print(compiled.plan()), compiled.cypher(), compiled.sparql(), values);
    }

    private static String typed(Slot slot, Map<String, String> parameters) {
        if (slot.source() instanceof Slot.Literal literal) return literal.asTyped();
        return parameters.getOrDefault(((Slot.FromParameter) slot.source()).parameter(), "");
    }
}
