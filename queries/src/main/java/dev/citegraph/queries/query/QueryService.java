package dev.citegraph.queries.query;

import dev.citegraph.dsl.CompiledQuery;
import dev.citegraph.dsl.QueryCompiler;
import dev.citegraph.dsl.Slot;
import dev.citegraph.graph.vocab.PredicateVocabulary;
import dev.citegraph.dsl.names.NameCheck;
import dev.citegraph.graph.query.QueryRows;
import dev.citegraph.graph.query.StatusFilter;
import dev.citegraph.graph.store.GraphStore;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Objects;

/**
 * Answers a query on a graph store: compile once, bind the parameters, check the names against the graph, run, and
 * hydrate the fact ids of the typed rows into facts with their citations.
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
        return answer(compiler.compile(query, status), parameters);
    }

    /** Answers a query compiled before (explain needs no store: see {@link #explanation}). */
    public Answer answer(CompiledQuery compiled, Map<String, String> parameters) {
        if (compiled.query().explain()) return explanation(compiled, parameters);
        StoreCatalog catalog = new StoreCatalog(store);
        CompiledQuery effective = withDriftedKinds(compiled, catalog);
        Map<String, Object> bound = effective.bind(parameters);
        NameCheck.check(effective, bound, catalog, compiler.vocabulary());
        QueryRows rows = store.run(effective.graphQuery(), bound);
        return effective.graphQuery().accept(new AnswerBuilder(store, rows, effective, parameters, bound,
                compiler.vocabulary()));
    }

    /**
     * The query compiled again for the predicates the graph holds, when it names predicates and the graph holds some
     * the vocabulary does not know but takes for kinds of known ones by their words (training_cost_dollars): the
     * general predicate then finds them too.
     */
    private CompiledQuery withDriftedKinds(CompiledQuery compiled, StoreCatalog catalog) {
        if (compiled.slots().stream().noneMatch(s -> s.role() == Slot.Role.PREDICATE)) return compiled;
        PredicateVocabulary vocabulary = compiler.vocabulary();
        Set<String> drifted = catalog.predicates().stream()
                .filter(p -> !vocabulary.knows(p) && vocabulary.inferredParent(p).isPresent())
                .collect(Collectors.toSet());
        return drifted.isEmpty() ? compiled : compiler.compile(compiled.source(), compiled.status(), drifted);
    }

    /** What {@code explain} answers, without touching a store: parameters are bound only when all are given. */
    public static Answer explanation(CompiledQuery compiled, Map<String, String> parameters) {
        Map<String, Object> values = compiled.parameterNames().stream().allMatch(parameters::containsKey)
                ? compiled.bind(parameters) : Map.of();
        return new Answer.Explanation(compiled.plan(), compiled.cypher(), compiled.sparql(), values);
    }
}
