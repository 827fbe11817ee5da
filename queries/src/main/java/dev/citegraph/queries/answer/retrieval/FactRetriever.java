package dev.citegraph.queries.answer.retrieval;

import dev.citegraph.graph.store.Tokens;

import dev.citegraph.graph.model.Citation;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.FactObject;
import dev.citegraph.graph.vocab.PredicateVocabulary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Lexical relevance retrieval over verified facts: each fact is indexed by its subject and object with their aliases,
 * its predicate with every synonym the vocabulary knows, its qualifiers and its quotes, so "adopts" in a question
 * finds a fact stored as "uses" and "MLA" finds "Multi-head Latent Attention" when the report gave that alias.
 * Unverified and rejected facts are never indexed: nothing retrieved here can be a claim the reports do not make.
 */
public final class FactRetriever {
    static final double ASKED_COVERAGE = 0.5;

    private final List<Fact> facts;
    private final Bm25 index;

    private FactRetriever(List<Fact> facts, Bm25 index) {
        this.facts = facts;
        this.index = index;
    }

    /** An index over the verified facts among {@code facts}. */
    public static FactRetriever over(List<Fact> facts, PredicateVocabulary vocabulary) {
        List<Fact> verified = facts.stream().filter(Fact::isVerified).toList();
        List<List<String>> documents = new ArrayList<>();
        for (Fact fact : verified) documents.add(Tokens.of(searchableText(fact, vocabulary)));
        return new FactRetriever(verified, new Bm25(documents));
    }

    public int size() {
        return facts.size();
    }

    /**
     * The facts matching the question best, best first, at most {@code limit}, each matching at least one word. When
     * the question names entities the graph knows, only facts about them (as subject or entity object) are candidates:
     * a question about DeepSeekMoE 16B is not answered with DeepSeek-V2's numbers.
     */
    public List<ScoredFact> search(String question, int limit) {
        QuestionTerms terms = QuestionTerms.of(question);
        Set<String> all = terms.all();
        Set<String> named = Mentions.in(question, facts);
        List<ScoredFact> found = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            if (!named.isEmpty() && !Mentions.about(facts.get(i), named)) continue;
            double score = index.score(i, all);
            if (score > 0) {
                found.add(new ScoredFact(facts.get(i), score, index.coverage(i, all, terms.names()),
                        mentionsAName(i, terms.names()) && answersWhatIsAsked(i, terms)));
            }
        }
        found.sort(Comparator.comparingDouble(ScoredFact::score).reversed()
                .thenComparing(scored -> scored.fact().id()));
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : List.copyOf(found);
    }

    private boolean mentionsAName(int document, Set<String> names) {
        return names.isEmpty() || names.stream().anyMatch(term -> index.contains(document, term));
    }

    /** At least half the weight of the asked words the reports use at all ("GPUs" and "train", not just "train"). */
    private boolean answersWhatIsAsked(int document, QuestionTerms terms) {
        boolean anyKnown = terms.asked().stream().anyMatch(index::known);
        return !anyKnown || index.coverage(document, terms.asked(), Set.of()) >= ASKED_COVERAGE;
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
