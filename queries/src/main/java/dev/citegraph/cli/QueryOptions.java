package dev.citegraph.cli;

import dev.citegraph.dsl.CompiledQuery;
import dev.citegraph.dsl.QueryCompiler;
import dev.citegraph.graph.query.StatusFilter;
import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.vocab.PredicateVocabulary;
import dev.citegraph.queries.query.Answer;
import dev.citegraph.queries.query.QueryService;
import dev.citegraph.queries.query.render.Format;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What {@code kg query} and {@code kg run} share: output format, review mode, vocabulary, store, and running. */
public final class QueryOptions {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = FormatConverter.class,
            description = "table (default), json, csv or markdown.")
    Format format;

    @Option(names = "--include-rejected",
            description = "Answer with facts of every status (rejected and unverified too, with their reasons), "
                    + "for review. By default only verified facts answer.")
    boolean includeRejected;

    @Option(names = "--vocabulary", paramLabel = "FILE",
            description = "Predicate synonyms added to the built-in vocabulary (lines 'canonical | synonym | ...').")
    Path vocabulary;

    @Mixin
    StoreOptions store;

    private Optional<ServerClient> server;

    /** Compiles, runs and prints; explain needs no store and opens none. */
    void answer(String query, Map<String, String> parameters, PrintWriter out) {
        QueryCompiler compiler = compiler();
        Map<String, String> lowerCased = new LinkedHashMap<>();
        parameters.forEach((k, v) -> lowerCased.put(k.toLowerCase(Locale.ROOT), v));
        CompiledQuery compiled = compiler.compile(query, status());
        Answer answer;
        if (compiled.query().explain()) {
            answer = QueryService.explanation(compiled, lowerCased);
        } else if (server().isPresent()) {
            out.print(server().get().query(query, lowerCased, includeRejected, formatName()));
            out.flush();
            return;
        } else {
            try (GraphStore graph = store.open()) {
                answer = new QueryService(graph, compiler).answer(compiled, lowerCased);
            }
        }
        out.print(format.render(answer));
        out.flush();
    }

    /**
     * The kg serve holding this store, when one runs: queries go to it instead of failing on the store's lock. It
     * answers with its own vocabulary, so a --vocabulary of this command's cannot be honoured there.
     */
    Optional<ServerClient> server() {
        if (server == null) {
            server = ServerClient.forStore(store.config());
            if (server.isPresent() && vocabulary != null) {
                throw new UserException("kg serve holds " + store.config().dataDir() + " and answers with its own "
                        + "vocabulary: drop --vocabulary, or start kg serve with --vocabulary " + vocabulary);
            }
        }
        return server;
    }

    String formatName() {
        return format.name().toLowerCase(Locale.ROOT);
    }

    QueryCompiler compiler() {
        return new QueryCompiler(vocabulary == null ? PredicateVocabulary.builtIn()
                : PredicateVocabulary.withUserFile(vocabulary));
    }

    StatusFilter status() {
        return includeRejected ? StatusFilter.ALL : StatusFilter.VERIFIED_ONLY;
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return Choices.named(Format.class, value).orElseThrow(() -> new TypeConversionException(
                    "unknown format '" + value + "': use table, json, csv or markdown"));
        }
    }
}
