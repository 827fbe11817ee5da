package dev.citegraph.queries.answer.retrieval;

import dev.citegraph.graph.store.Tokens;

import dev.citegraph.graph.model.Citation;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.FactObject;
import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.store.TextMatches;
import dev.citegraph.graph.store.TextSearch;
import dev.citegraph.graph.vocab.PredicateVocabulary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Lexical relevance retrieval over verified facts, through the store's own full-text index: the store finds the facts
 * whose citations hold a word of the question (or the name of a predicate one of its words is a synonym of) and says
 * how common each word is; the ranking happens here, the same for every store. Each fact found is read as its subject
 * and object with their aliases, its predicate with every synonym the vocabulary knows, its qualifiers and its
 * quotes, so "adopts" in a question finds a fact stored as "uses" and "MLA" finds "Multi-head Latent Attention" when
 * the report gave that alias. Unverified and rejected facts never come back: nothing retrieved here can be a claim
 * the reports do not make.
 */
public final class FactRetriever {
    static final double ASKED_COVERAGE = 0.5;
    /**
     * How many facts the store's index is asked for, best first by its own scoring: the ranking here reorders them.
     * Every fact matching a question on the corpus graphs is among them; on a large graph, the ones holding its rarest
     * words.
     */
    static final int CANDIDATES = 300;

    private final GraphStore store;
    private final PredicateVocabulary vocabulary;

    private FactRetriever(GraphStore store, PredicateVocabulary vocabulary) {
        this.store = store;
        this.vocabulary = vocabulary;
    }

    /** Retrieval over the verified facts of {@code store}, as they are at each search. */
    public static FactRetriever over(GraphStore store, PredicateVocabulary vocabulary) {
        return new FactRetriever(Objects.requireNonNull(store, "store"), Objects.requireNonNull(vocabulary, "vocabulary"));
    }

    /**
     * The facts matching the question best, best first, at most {@code limit}, each matching at least one word. When
     * the question names entities the graph knows, only facts about them (as subject or entity object) are candidates:
     * a question about DeepSeekMoE 16B is not answered with DeepSeek-V2's numbers.
     */
    public List<ScoredFact> search(String question, int limit) {
        QuestionTerms terms = QuestionTerms.of(question);
        Set<String> all = terms.all();
        if (all.isEmpty()) return List.of();
        TextMatches matches = store.searchFacts(new TextSearch(withPredicateNames(all), CANDIDATES));
        List<Fact> facts = matches.facts();
        List<List<String>> documents = new ArrayList<>();
        for (Fact fact : facts) documents.add(Tokens.of(searchableText(fact, vocabulary)));
        Bm25 index = new Bm25(documents, matches.citationsWithTerm(), matches.citations());
        Set<String> named = Mentions.in(question, facts);
        AskedAttribute attribute = AskedAttribute.of(question);
        List<ScoredFact> found = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            if (!named.isEmpty() && !Mentions.about(facts.get(i), named)) continue;
            double score = index.score(i, all);
            if (score > 0) {
                found.add(new ScoredFact(facts.get(i), score, index.coverage(i, all, terms.names()),
                        mentionsAName(index, i, terms.names()) && answersWhatIsAsked(index, i, terms)
                                && attribute.givenBy(facts.get(i))
                                && aboutWhatIsAsked(facts.get(i), named, all)));
            }
        }
        found.sort(Comparator.comparingDouble(ScoredFact::score).reversed()
                .thenComparing(scored -> scored.fact().id()));
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : List.copyOf(found);
    }

    /**
     * The question's words, and the words of each predicate one of them is a synonym of: the index holds a fact's
     * predicate as stored ("uses"), the question may say "employs".
     */
    private Set<String> withPredicateNames(Set<String> words) {
        Set<String> terms = new LinkedHashSet<>(words);
        for (String canonical : vocabulary.canonicalNames()) {
            boolean named = vocabulary.spellings(canonical).stream().map(Tokens::of)
                    .anyMatch(spelling -> !spelling.isEmpty() && words.containsAll(spelling));
            if (named) terms.addAll(Tokens.of(canonical));
        }
        return terms;
    }

    private static boolean mentionsAName(Bm25 index, int document, Set<String> names) {
        return names.isEmpty() || names.stream().anyMatch(term -> index.contains(document, term));
    }

    /**
     * More than half the weight of the asked words ("GPUs" and "train", not just "train"), words no citation holds
     * included ({@link Bm25#askedCoverage}). Only a question none of whose asked words the reports use is let through
     * on its names alone.
     */
    private static boolean answersWhatIsAsked(Bm25 index, int document, QuestionTerms terms) {
        boolean anyKnown = terms.asked().stream().anyMatch(index::known);
        return !anyKnown || index.askedCoverage(document, terms.asked()) > ASKED_COVERAGE;
    }

    /**
     * A fact naming an entity of the question only as its object answers it only when the question says the fact's
     * predicate ("which models adopt MLA?"): "what does DeepSeek-V3 score on MMLU?" asks for DeepSeek-V3's own
     * score, which "DeepSeek-R1 outperforms DeepSeek-V3 on MMLU" does not give.
     */
    private boolean aboutWhatIsAsked(Fact fact, Set<String> named, Set<String> questionWords) {
        if (named.isEmpty() || named.contains(fact.subject().id())) return true;
        return vocabulary.spellings(vocabulary.canonicalOrSelf(fact.predicate().name())).stream().map(Tokens::of)
                .anyMatch(spelling -> !spelling.isEmpty() && questionWords.containsAll(spelling));
    }

    static String searchableText(Fact fact, PredicateVocabulary vocabulary) {
        StringBuilder text = new StringBuilder();
        text.append(fact.subject().name()).append(' ');
        fact.subject().aliases().forEach(alias -> text.append(alias).append(' '));
        text.append(fact.predicate().surface()).append(' ');
        vocabulary.spellings(vocabulary.canonicalOrSelf(fact.predicate().name()))
                .forEach(spelling -> text.append(spelling).append(' '));
        text.append(fact.object().display()).append(' ');
        if (fact.object() instanceof FactObject.EntityObject entity) {
            entity.entity().aliases().forEach(alias -> text.append(alias).append(' '));
        } else if (fact.object() instanceof FactObject.QuantityObject quantity) {
            text.append(quantity.quantity().unit()).append(' ');
        }
        fact.qualifiers().forEach((key, value) -> text.append(key).append(' ').append(value).append(' '));
        for (Citation citation : fact.citations()) text.append(citation.quote()).append(' ');
        return text.toString();
    }
}
