package dev.citegraph.queries.answer.ask;

import dev.citegraph.graph.model.Fact;
import dev.citegraph.queries.answer.retrieval.FactRetriever;
import dev.citegraph.queries.answer.retrieval.ScoredFact;

import java.util.ArrayList;
import java.util.List;

/**
 * An answer without a model: the verified facts matching the question best, each a sentence citing itself. A fact
 * must be on topic (match a name the question gives and a word of what it asks) and match at least
 * {@link #MIN_COVERAGE} of the question's weight; when none does, the documents do not answer it.
 */
final class ExtractiveAnswerer {
    /**
     * The share of a question's IDF weight the best fact must match. A name the reports never mention ("GPT-4") weighs
     * most, so a question about it stays below this however well its other words match.
     */
    static final double MIN_COVERAGE = 0.5;
    /** Facts scoring below this share of the best fact's score are noise beside it. */
    static final double RELATIVE_SCORE = 0.5;
    static final int MAX_FACTS = 5;

    record Result(List<CheckedSentence> sentences, List<Fact> facts) {
    }

    private final FactRetriever retriever;

    ExtractiveAnswerer(FactRetriever retriever) {
        this.retriever = retriever;
    }

    Result answer(String question) {
        List<ScoredFact> ranked = retriever.search(question, MAX_FACTS * 4).stream()
                .filter(ScoredFact::onTopic).toList();
        if (ranked.isEmpty() || ranked.get(0).coverage() < MIN_COVERAGE) return new Result(List.of(), List.of());
        double best = ranked.get(0).score();
        List<CheckedSentence> sentences = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        for (ScoredFact scored : ranked) {
            if (facts.size() == MAX_FACTS) break;
            if (scored.coverage() < MIN_COVERAGE || scored.score() < best * RELATIVE_SCORE) continue;
            Fact fact = scored.fact();
            facts.add(fact);
            sentences.add(new CheckedSentence(FactCards.statement(fact) + " [" + fact.id() + "]", List.of(fact.id()),
                    CheckedSentence.Verdict.SUPPORTED, List.of()));
        }
        return new Result(sentences, facts);
    }
}
