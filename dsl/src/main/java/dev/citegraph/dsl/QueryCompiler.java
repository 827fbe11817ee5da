package dev.citegraph.dsl;

import dev.citegraph.dsl.analysis.Analyzer;
import dev.citegraph.dsl.analysis.ValueTransforms;
import dev.citegraph.dsl.ast.Query;
import dev.citegraph.dsl.parser.QueryParser;
import dev.citegraph.graph.query.StatusFilter;
import dev.citegraph.graph.vocab.PredicateVocabulary;

import java.util.Objects;
import java.util.Set;

/** Query text → syntax tree → checked graph query, whose values are all parameters; each store renders it. */
public final class QueryCompiler {
    private final PredicateVocabulary vocabulary;

    public QueryCompiler(PredicateVocabulary vocabulary) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
    }

    /**
     * @throws QueryException a syntax or semantic error, with its code, line:column and a caret
     */
    public CompiledQuery compile(String text, StatusFilter status) {
        return compile(text, status, Set.of());
    }

    /**
     * Compiles for a graph holding the {@code observed} predicates: those the vocabulary takes for kinds of a
     * predicate the query names are matched too.
     *
     * @throws QueryException a syntax or semantic error, with its code, line:column and a caret
     */
    public CompiledQuery compile(String text, StatusFilter status, Set<String> observed) {
        Query query = QueryParser.parse(text);
        Analyzer.Analysis analysis = Analyzer.analyze(query, text, vocabulary, status, observed);
        return new CompiledQuery(text, query, analysis.query(), analysis.slots(), new ValueTransforms(vocabulary),
                status);
    }

    public CompiledQuery compile(String text) {
        return compile(text, StatusFilter.VERIFIED_ONLY);
    }

    public PredicateVocabulary vocabulary() {
        return vocabulary;
    }
}
