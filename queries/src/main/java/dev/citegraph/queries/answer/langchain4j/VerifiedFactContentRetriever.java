package dev.citegraph.queries.answer.langchain4j;

import dev.citegraph.graph.model.Citation;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.vocab.PredicateVocabulary;
import dev.citegraph.queries.answer.ask.FactCards;
import dev.citegraph.queries.answer.retrieval.FactRetriever;
import dev.citegraph.queries.answer.retrieval.ScoredFact;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;

import java.util.List;
import java.util.Map;

/**
 * A LangChain4j {@link ContentRetriever} over citegraph's verified facts, for any LangChain4j chat application: each
 * {@link Content} is one fact with its citation, as text the model can quote and as metadata the application can show
 * ({@value #FACT_ID}, {@value #DOCUMENT}, {@value #SECTION}, {@value #SECTION_TITLE}, {@value #PAGE}, {@value #QUOTE}).
 * A fact cited in several places gives one Content per citation. Each query goes through the store's own full-text
 * index, so the retriever sees the graph as it is when asked.
 */
public final class VerifiedFactContentRetriever implements ContentRetriever {
    public static final String FACT_ID = "fact_id";
    public static final String DOCUMENT = "document";
    public static final String SECTION = "section";
    public static final String SECTION_TITLE = "section_title";
    public static final String PAGE = "page";
    public static final String QUOTE = "quote";

    private final FactRetriever retriever;
    private final int maxResults;
    private final double minCoverage;

    private VerifiedFactContentRetriever(FactRetriever retriever, int maxResults, double minCoverage) {
        this.retriever = retriever;
        this.maxResults = maxResults;
        this.minCoverage = minCoverage;
    }

    /**
     * A retriever returning at most {@code maxResults} facts per query, each matching at least {@code minCoverage}
     * (0..1) of the query's weight: 0.5 keeps facts about things the query names, 0 keeps any word match.
     */
    public static VerifiedFactContentRetriever over(GraphStore store, int maxResults, double minCoverage) {
        if (maxResults < 1) throw new IllegalArgumentException("maxResults must be at least 1, was " + maxResults);
        if (minCoverage < 0 || minCoverage > 1) throw new IllegalArgumentException("minCoverage is 0..1");
        return new VerifiedFactContentRetriever(FactRetriever.over(store, PredicateVocabulary.builtIn()),
                maxResults, minCoverage);
    }

    @Override
    public List<Content> retrieve(Query query) {
        return retriever.search(query.text(), maxResults).stream()
                .filter(scored -> scored.coverage() >= minCoverage)
                .flatMap(scored -> scored.fact().citations().stream().map(c -> content(scored, c)))
                .limit(maxResults)
                .toList();
    }

    private static Content content(ScoredFact scored, Citation citation) {
        Fact fact = scored.fact();
        Metadata metadata = new Metadata()
                .put(FACT_ID, fact.id())
                .put(DOCUMENT, citation.documentId())
                .put(SECTION, citation.sectionNumber())
                .put(SECTION_TITLE, citation.sectionTitle())
                .put(QUOTE, citation.quote());
        if (citation.page() != null) metadata.put(PAGE, citation.page());
        String text = "[" + fact.id() + "] " + FactCards.statement(fact) + "\nsource: " + citation.documentId() + " "
                + citation.render();
        return Content.from(TextSegment.from(text, metadata), Map.of(ContentMetadata.SCORE, scored.score()));
    }
}
