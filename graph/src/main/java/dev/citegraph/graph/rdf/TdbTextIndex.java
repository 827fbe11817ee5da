package dev.citegraph.graph.rdf;

import dev.citegraph.graph.model.Citation;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.store.DocumentBatch;
import dev.citegraph.graph.store.FactText;
import dev.citegraph.graph.store.StoreException;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The TDB2 store's full-text index: a Lucene index in the store's directory holding one document per citation, its
 * {@link FactText} under a whitespace analyzer (as the Neo4j store's full-text index holds it), the fact's id and the
 * id of the document that cites it. The store updates it with every replacement and removal of a document, after the
 * dataset's transaction commits and while holding its writer, so the two never disagree for long; a store that finds
 * the counts differ when it opens (a crash between the two commits) rebuilds the index from the dataset.
 */
final class TdbTextIndex implements AutoCloseable {
    static final String FOLDER = "text-index";
    private static final String FACT = "fact";
    private static final String DOCUMENT = "document";
    private static final String TEXT = "text";

    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private TdbTextIndex(Path folder) throws IOException {
        directory = FSDirectory.open(folder);
        writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()));
        searchers = new SearcherManager(writer, null);
    }

    static TdbTextIndex open(Path storeDirectory) {
        try {
            return new TdbTextIndex(storeDirectory.resolve(FOLDER));
        } catch (IOException e) {
            throw new StoreException("cannot open the text index in " + storeDirectory.resolve(FOLDER) + ": "
                    + e.getMessage() + "; check that no other process uses the store", e);
        }
    }

    /** How many citations the index holds. */
    long citations() {
        return search(searcher -> (long) searcher.getIndexReader().numDocs());
    }

    /** Replaces what the index holds for the batch's document by its citations. */
    void replace(DocumentBatch batch) {
        write(() -> {
            writer.deleteDocuments(new Term(DOCUMENT, batch.document().id()));
            for (Fact fact : batch.facts()) {
                for (Citation citation : batch.citationsInDocument(fact)) writer.addDocument(document(fact, citation));
            }
        });
    }

    void remove(String documentId) {
        write(() -> writer.deleteDocuments(new Term(DOCUMENT, documentId)));
    }

    /** Empties the index and indexes every citation of {@code facts}. */
    void rebuild(Collection<Fact> facts) {
        write(() -> {
            writer.deleteAll();
            for (Fact fact : facts) {
                for (Citation citation : fact.citations()) writer.addDocument(document(fact, citation));
            }
        });
    }

    /**
     * The ids of the facts of the best-scoring {@code hits} citations holding any of the terms, each once, best
     * citation first, ties by id.
     */
    List<String> matchingFacts(Collection<String> terms, int hits) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        terms.forEach(term -> any.add(new TermQuery(new Term(TEXT, term)), BooleanClause.Occur.SHOULD));
        return search(searcher -> {
            Map<String, Float> best = new LinkedHashMap<>();
            for (ScoreDoc hit : searcher.search(any.build(), hits).scoreDocs) {
                String id = searcher.storedFields().document(hit.doc).get(FACT);
                best.merge(id, hit.score, Math::max);
            }
            return best.entrySet().stream()
                    .sorted(Map.Entry.<String, Float>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).toList();
        });
    }

    /** How many citations hold the term, up to {@code cap}. */
    long citationsWith(String term, int cap) {
        return search(searcher -> (long) Math.min(cap, searcher.count(new TermQuery(new Term(TEXT, term)))));
    }

    private static Document document(Fact fact, Citation citation) {
        Document document = new Document();
        document.add(new StringField(FACT, fact.id(), Field.Store.YES));
        document.add(new StringField(DOCUMENT, citation.documentId(), Field.Store.NO));
        document.add(new TextField(TEXT, FactText.of(fact, citation), Field.Store.NO));
        return document;
    }

    private interface IndexWork {
        void run() throws IOException;
    }

    private interface SearchWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private void write(IndexWork work) {
        try {
            work.run();
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("the text index could not be written: " + e.getMessage(), e);
        }
    }

    private <T> T search(SearchWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.run(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the text index could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("the text index could not be closed: " + e.getMessage(), e);
        }
    }
}
