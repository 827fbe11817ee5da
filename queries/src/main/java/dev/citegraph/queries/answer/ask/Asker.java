package dev.citegraph.queries.answer.ask;

import dev.citegraph.dsl.QueryCompiler;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.query.GraphQuery;
import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.vocab.PredicateVocabulary;
import dev.citegraph.queries.answer.retrieval.FactRetriever;
import dev.citegraph.queries.query.QueryService;
import dev.citegraph.queries.answer.retrieval.ScoredFact;
import dev.langchain4j.model.chat.ChatModel;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Answers a question from the verified facts of a store. With a model: the model drafts a citegraph query (run by the
 * query service, its errors sent back once), the facts behind its answer come first, lexical retrieval adds the best-matching others, and the model
 * writes an answer citing fact ids, which is checked sentence by sentence. Without a model: the best-matching facts
 * themselves, each with its citation. Either way, no supporting fact means "not in the documents".
 */
public final class Asker {
    /** How many facts the model is given at most: enough for a comparison, few enough to read closely. */
    static final int FACTS_GIVEN = 16;
    /** Below this share of a question's weight, a retrieved fact is not offered to the model. */
    static final double MODEL_COVERAGE = 0.25;

    private final GraphStore store;
    private final PredicateVocabulary vocabulary;
    private final Clock clock;

    public Asker(GraphStore store, PredicateVocabulary vocabulary, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** An extractive answer: the best-matching verified facts, or not in the documents. */
    public Answer ask(String question) {
        ExtractiveAnswerer.Result result = new ExtractiveAnswerer(FactRetriever.over(store, vocabulary))
                .answer(question);
        return new Answer(question, result.sentences(), result.facts(), ids(result.facts()), "", Answer.EXTRACTIVE,
                clock.instant());
    }

    /** An answer written by {@code model} (named {@code modelLabel} in the answer and the log) from verified facts. */
    public Answer ask(String question, ChatModel model, String modelLabel) {
        QueryDraft draft = new QueryDrafter(model, new QueryService(store, new QueryCompiler(vocabulary)))
                .draft(question, vocabulary.canonicalNames(), entityNames());
        Map<String, Fact> given = new LinkedHashMap<>();
        if (draft instanceof QueryDraft.Valid valid) {
            valid.facts().stream().limit(FACTS_GIVEN / 2).forEach(f -> given.putIfAbsent(f.id(), f));
        }
        for (ScoredFact scored : FactRetriever.over(store, vocabulary).search(question, FACTS_GIVEN)) {
            if (given.size() >= FACTS_GIVEN) break;
            if (scored.coverage() >= MODEL_COVERAGE) given.putIfAbsent(scored.fact().id(), scored.fact());
        }
        List<Fact> facts = List.copyOf(given.values());
        List<CheckedSentence> sentences = facts.isEmpty() ? List.of() : new AnswerWriter(model).write(question, facts);
        String query = draft instanceof QueryDraft.Valid ? draft.text() : "";
        return new Answer(question, sentences, cited(sentences, given), ids(facts), query, modelLabel,
                clock.instant());
    }

    /** The names the model may use in its query: every entity's canonical name, sorted. */
    private List<String> entityNames() {
        return new ArrayList<>(new TreeSet<>(store.run(new GraphQuery.AllNames(GraphQuery.NameKind.ENTITY_NAMES),
                Map.of()).names()));
    }

    private static List<Fact> cited(List<CheckedSentence> sentences, Map<String, Fact> given) {
        Map<String, Fact> cited = new LinkedHashMap<>();
        for (CheckedSentence sentence : sentences) {
            if (sentence.supported()) sentence.citedIds().forEach(id -> cited.putIfAbsent(id, given.get(id)));
        }
        return List.copyOf(cited.values());
    }

    private static List<String> ids(List<Fact> facts) {
        return facts.stream().map(Fact::id).toList();
    }

}
