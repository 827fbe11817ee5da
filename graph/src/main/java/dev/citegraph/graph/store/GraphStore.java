package dev.citegraph.graph.store;

import dev.citegraph.graph.model.Document;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.Section;
import dev.citegraph.graph.query.GraphQuery;
import dev.citegraph.graph.query.QueryRows;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where facts live. Every implementation passes the same contract test (GraphStoreContract in the test sources).
 *
 * <p>Facts are shared between documents: the same statement cited by two reports is one fact with two citations.
 * Replacing a document removes its citations, drops the facts no citation is left for, and merges the new facts,
 * all in one transaction: a reader never sees half a document.
 */
public interface GraphStore extends AutoCloseable {

    /** Stores the document, its sections and facts, replacing whatever was stored for it before, atomically. */
    void replaceDocument(Document document, List<Section> sections, List<Fact> facts);

    /** Removes the document, its sections, its citations and the facts that no other document cites. */
    boolean removeDocument(String documentId);

    List<Document> documents();

    Optional<Document> document(String documentId);

    /** The sections of a document in reading order. */
    List<Section> sections(String documentId);

    /** Facts by id, with all their citations, in the order of the ids given; unknown ids are skipped. */
    List<Fact> facts(Collection<String> ids);

    /** Every fact of the store, with its citations, ordered by id. */
    List<Fact> allFacts();

    /**
     * Verified facts whose citations hold any of the search's terms, found through the store's own full-text index
     * of {@link FactText} (kept up to date by every write and removal), with the counts a store-neutral ranking needs.
     * Facts come ordered by id; the ranking belongs above the store.
     */
    TextMatches searchFacts(TextSearch search);

    /**
     * Answers a graph query: the store renders it in its own language, binds the parameters (never pasted into the
     * text) and reads the answer into the query's typed rows.
     *
     * @param parameters a value for every {@link dev.citegraph.graph.query.Param} of the query: String, Double,
     *                   Long or Integer, BigDecimal, Boolean
     */
    <R extends QueryRows> R run(GraphQuery<R> query, Map<String, Object> parameters);

    StoreStats stats();

    @Override
    void close();
}
