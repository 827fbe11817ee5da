package dev.citegraph.queries.answer.retrieval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Okapi BM25 over the token lists of the facts a store's text index found, with the term weights of the whole store
 * (how many of its citations hold each term, out of how many), plus a coverage measure: the share of a query's weight (the IDF of its
 * distinct terms) that a document matches. BM25 ranks; coverage decides whether a match is an answer at all, since it
 * is comparable across queries where raw BM25 scores are not. A name no document has gets the highest IDF, so a
 * question about something the reports never mention ("GPT-4") cannot reach a high coverage.
 */
final class Bm25 {
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final List<Map<String, Integer>> termCounts = new ArrayList<>();
    private final List<Integer> lengths = new ArrayList<>();
    private final Map<String, Long> documentFrequency = new HashMap<>();
    private final long collectionSize;
    private final double averageLength;

    /**
     * {@code documents} are the facts found, {@code storeFrequency} how many of the store's {@code storeSize}
     * citations hold each term. A term counts as held by at least as many as the found facts that hold it (a fact
     * matches a question's "employs" through its predicate's synonyms, which no citation's text spells). Lengths are
     * normalised by the found facts' mean, the one length every store can give alike.
     */
    Bm25(List<List<String>> documents, Map<String, Long> storeFrequency, long storeSize) {
        long total = 0;
        Map<String, Long> local = new HashMap<>();
        for (List<String> tokens : documents) {
            Map<String, Integer> counts = new HashMap<>();
            for (String token : tokens) counts.merge(token, 1, Integer::sum);
            termCounts.add(counts);
            lengths.add(tokens.size());
            total += tokens.size();
            for (String term : counts.keySet()) local.merge(term, 1L, Long::sum);
        }
        storeFrequency.forEach((term, n) -> { if (n > 0) documentFrequency.put(term, n); });
        local.forEach((term, n) -> documentFrequency.merge(term, n, Math::max));
        collectionSize = Math.max(storeSize, documents.size());
        averageLength = documents.isEmpty() ? 1 : Math.max(1, (double) total / documents.size());
    }

    int size() {
        return termCounts.size();
    }

    double idf(String term) {
        long df = Math.min(collectionSize, documentFrequency.getOrDefault(term, 0L));
        return Math.log(1 + (collectionSize - df + 0.5) / (df + 0.5));
    }

    double score(int document, Set<String> queryTerms) {
        Map<String, Integer> counts = termCounts.get(document);
        double norm = K1 * (1 - B + B * lengths.get(document) / averageLength);
        double score = 0;
        for (String term : queryTerms) {
            Integer tf = counts.get(term);
            if (tf != null) score += idf(term) * tf * (K1 + 1) / (tf + norm);
        }
        return score;
    }

    /**
     * The IDF-weighted share of the query's distinct terms that the document contains, 0..1. A term no document has
     * counts (at the highest weight) only if it is one of {@code names}: an unknown name means the question is about
     * something else, an unknown ordinary word only that the reports word it differently.
     */
    double coverage(int document, Set<String> queryTerms, Set<String> names) {
        Map<String, Integer> counts = termCounts.get(document);
        double matched = 0;
        double all = 0;
        for (String term : queryTerms) {
            if (!documentFrequency.containsKey(term) && !names.contains(term)) continue;
            double weight = idf(term);
            all += weight;
            if (counts.containsKey(term)) matched += weight;
        }
        return all == 0 ? 0 : matched / all;
    }

    /**
     * The IDF-weighted share of what a question asks ({@code asked}, its words beside the names) that the document
     * contains, 0..1, where a word no citation holds weighs as much as the rarest word that some do: the reports may
     * word a thing differently, but a question about "carbon footprint" or a "dropout rate" asks for something they
     * never name, which facts matching its other words do not give.
     */
    double askedCoverage(int document, Set<String> asked) {
        Map<String, Integer> counts = termCounts.get(document);
        double rarest = asked.stream().filter(this::known).mapToDouble(this::idf).max().orElse(0);
        double matched = 0;
        double all = 0;
        for (String term : asked) {
            double weight = known(term) ? idf(term) : rarest;
            all += weight;
            if (counts.containsKey(term)) matched += weight;
        }
        return all == 0 ? 0 : matched / all;
    }

    boolean known(String term) {
        return documentFrequency.containsKey(term);
    }

    boolean contains(int document, String term) {
        return termCounts.get(document).containsKey(term);
    }
}
