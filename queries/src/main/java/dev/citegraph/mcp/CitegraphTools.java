package dev.citegraph.mcp;

import dev.citegraph.dsl.QueryCompiler;
import dev.citegraph.dsl.QueryException;
import dev.citegraph.graph.query.StatusFilter;
import dev.citegraph.extractor.llm.http.HttpStatusException;
import dev.citegraph.extractor.llm.http.ModelServerUnreachableException;
import dev.citegraph.graph.model.Document;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.Section;
import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.store.StoreException;
import dev.citegraph.graph.vocab.PredicateVocabulary;
import dev.citegraph.queries.answer.ask.Asker;
import dev.citegraph.queries.answer.compare.CellValue;
import dev.citegraph.queries.answer.compare.ComparisonService;
import dev.citegraph.queries.answer.retrieval.FactRetriever;
import dev.citegraph.queries.answer.retrieval.ScoredFact;
import dev.citegraph.queries.query.Answer;
import dev.citegraph.queries.query.QueryService;
import dev.langchain4j.model.chat.ChatModel;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * citegraph's MCP tools, whatever the transport: run a query, facts about a name, compare, search facts, ask (only
 * with a language model), list documents, read a section. Each answers from verified facts only, through
 * {@link AnswerMapper}, with its citations as text and as structured content; all are read-only. Mistakes come back
 * as tool errors a model can read and fix, never as protocol failures.
 */
public final class CitegraphTools {
    /** The two fixed questions of facts_about: the name and document travel as parameters, the limit cuts rows. */
    private static final String FACTS_ABOUT = "facts about $name";
    private static final String FACTS_ABOUT_IN_DOCUMENT = "facts about $name in $document";
    private static final Logger LOG = LoggerFactory.getLogger(CitegraphTools.class);
    public static final String SERVER_NAME = "citegraph";
    public static final String VERSION = "0.1.0";
    static final int SECTION_CHARS = 20_000;
    static final int DEFAULT_FACTS = 100;
    static final int DEFAULT_SEARCH = 8;

    /** The model the ask tool writes answers with, and its name in the answer ({@code provider:model}). */
    public record LanguageModel(ChatModel model, String label) {
        public LanguageModel {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(label, "label");
        }
    }

    private final GraphStore store;
    private final PredicateVocabulary vocabulary;
    private final Optional<LanguageModel> model;
    private final QueryService queries;
    private final AnswerMapper mapper = new AnswerMapper();
    private final QuerySheet sheet = QuerySheet.load();

    public CitegraphTools(GraphStore store, PredicateVocabulary vocabulary, Optional<LanguageModel> model) {
        this.store = Objects.requireNonNull(store, "store");
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        this.model = Objects.requireNonNull(model, "model");
        this.queries = new QueryService(store, new QueryCompiler(vocabulary));
    }

    /** The server of these tools on any transport: {@code McpServer.sync(provider)} is the specification given. */
    public McpSyncServer serve(McpServer.SyncSpecification<?> server) {
        return server.serverInfo(SERVER_NAME, VERSION)
                .instructions(instructions())
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                .tools(specifications())
                .build();
    }

    /** What the server tells a client about itself when it connects. */
    public String instructions() {
        return "citegraph answers from a knowledge graph of technical reports. Every fact it returns was verified "
                + "against the report's text and comes with its citations: document, section, page and a verbatim "
                + "quote. Answer only from these facts and cite them as given (the [n] marks and Sources lines); "
                + "when a tool finds nothing, the reports do not say it. Start with facts_about, search_facts or "
                + "list_documents; write queries with the query tool (its description has the language).";
    }

    /** The tools to register on a server: the ask tool only when a language model is configured. */
    public List<SyncToolSpecification> specifications() {
        List<SyncToolSpecification> tools = new ArrayList<>();
        tools.add(spec(ToolDefinitions.query(sheet), this::query));
        tools.add(spec(ToolDefinitions.factsAbout(), this::factsAbout));
        tools.add(spec(ToolDefinitions.compare(), this::compare));
        tools.add(spec(ToolDefinitions.searchFacts(), this::searchFacts));
        if (model.isPresent()) tools.add(spec(ToolDefinitions.ask(model.get().label()), this::ask));
        tools.add(spec(ToolDefinitions.listDocuments(), arguments -> listDocuments()));
        tools.add(spec(ToolDefinitions.getSection(), this::getSection));
        return tools;
    }

    ToolAnswer query(Arguments arguments) {
        return mapper.map(queries.answer(arguments.string("query"), arguments.parameters("parameters"),
                StatusFilter.VERIFIED_ONLY));
    }

    ToolAnswer factsAbout(Arguments arguments) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("name", arguments.string("name"));
        Optional<String> document = arguments.optionalString("document");
        document.ifPresent(d -> parameters.put("document", d));
        int limit = arguments.integer("limit", DEFAULT_FACTS, 1, 1000);
        Answer answer = queries.answer(document.isPresent() ? FACTS_ABOUT_IN_DOCUMENT : FACTS_ABOUT, parameters,
                StatusFilter.VERIFIED_ONLY);
        return mapper.map(answer instanceof Answer.FactRows rows && rows.rows().size() > limit
                ? new Answer.FactRows(rows.columns(), rows.rows().subList(0, limit)) : answer);
    }

    ToolAnswer compare(Arguments arguments) {
        List<String> names = arguments.strings("names");
        if (names.size() < 2) throw new ArgumentException("names: give at least two names to compare");
        ComparisonService.Outcome outcome = new ComparisonService(store, vocabulary)
                .compare(names, arguments.optionalStrings("predicates"));
        if (outcome instanceof ComparisonService.Outcome.UnknownNames unknown) {
            return mapper.error("unknown_names", "no verified facts about " + String.join(", ", unknown.names())
                    + (unknown.suggestions().isEmpty() ? "" : " (did you mean " + String.join(", ",
                    unknown.suggestions().stream().map(s -> '"' + s + '"').toList()) + "?)"));
        }
        if (outcome instanceof ComparisonService.Outcome.BadPredicates bad) {
            return mapper.error("bad_predicates", "not a predicate: " + String.join(", ", bad.predicates())
                    + " (give words such as total_parameters; the query 'show predicates' lists them)");
        }
        if (outcome instanceof ComparisonService.Outcome.NothingShared) {
            return mapper.error("nothing_shared", "the reports give no attribute for all of " + String.join(", ", names)
                    + "; name the predicates to compare on");
        }
        var comparison = ((ComparisonService.Outcome.Compared) outcome).comparison();
        Set<String> ids = new LinkedHashSet<>();
        comparison.rows().forEach(row -> row.cells().forEach(cell -> cell.stream().map(CellValue::factId)
                .forEach(ids::add)));
        return mapper.comparison(comparison, store.facts(ids));
    }

    ToolAnswer searchFacts(Arguments arguments) {
        String question = arguments.string("question");
        int limit = arguments.integer("limit", DEFAULT_SEARCH, 1, 50);
        List<ScoredFact> found = FactRetriever.over(store, vocabulary).search(question, limit * 4).stream()
                .filter(ScoredFact::onTopic).limit(limit).toList();
        return mapper.search(question, found);
    }

    ToolAnswer ask(Arguments arguments) {
        LanguageModel language = model.orElseThrow(() -> new ArgumentException("no language model is configured"));
        try {
            return mapper.asked(new Asker(store, vocabulary, Clock.systemUTC())
                    .ask(arguments.string("question"), language.model(), language.label()));
        } catch (ModelServerUnreachableException | HttpStatusException e) {
            return mapper.error("model_unavailable", "the language model did not answer: " + e.getMessage()
                    + " (use search_facts or query instead)");
        }
    }

    ToolAnswer listDocuments() {
        List<Document> documents = store.documents();
        Map<String, Integer> sections = new LinkedHashMap<>();
        for (Document d : documents) sections.put(d.id(), store.sections(d.id()).size());
        return mapper.documents(documents, sections);
    }

    ToolAnswer getSection(Arguments arguments) {
        String documentId = arguments.string("document").strip();
        String number = arguments.optionalString("section").orElse("").strip().replaceFirst("^§", "").replaceFirst("\\.$", "");
        Optional<Document> document = store.documents().stream()
                .filter(d -> d.id().equalsIgnoreCase(documentId)).findFirst();
        if (document.isEmpty()) {
            return mapper.error("unknown_document", "no document \"" + documentId + "\" in the graph; documents: "
                    + String.join(", ", store.documents().stream().map(Document::id).toList()));
        }
        List<Section> sections = store.sections(document.get().id());
        return sections.stream().filter(s -> s.number().equalsIgnoreCase(number)).findFirst()
                .map(s -> mapper.section(s, SECTION_CHARS))
                .orElseGet(() -> mapper.error("unknown_section", "no section \"" + number + "\" in "
                        + document.get().id() + "; its sections: " + String.join(", ", sections.stream()
                        .map(s -> s.number().isEmpty() ? "\"\" (" + s.title() + ")" : s.number()).toList())));
    }

    private SyncToolSpecification spec(McpSchema.Tool tool, Function<Arguments, ToolAnswer> handler) {
        return SyncToolSpecification.builder().tool(tool)
                .callHandler((exchange, request) -> call(tool.name(), handler, request.arguments()).toResult())
                .build();
    }

    /** Runs a tool; every failure a caller can act on becomes a tool error with a code. */
    ToolAnswer call(String tool, Function<Arguments, ToolAnswer> handler, Map<String, Object> arguments) {
        try {
            return handler.apply(new Arguments(arguments == null ? Map.of() : arguments));
        } catch (QueryException e) {
            return mapper.queryError(e);
        } catch (ArgumentException e) {
            return mapper.error("bad_arguments", e.getMessage());
        } catch (StoreException e) {
            return mapper.error("store_unavailable", e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("tool {} failed", tool, e);
            return mapper.error("internal_error", "citegraph failed on this call (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + "); the server log has the details");
        }
    }
}
