package dev.citegraph.graph.rdf;

import dev.citegraph.graph.model.Document;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.FactStatus;
import dev.citegraph.graph.model.Section;
import dev.citegraph.graph.query.GraphQuery;
import dev.citegraph.graph.query.QueryRows;
import dev.citegraph.graph.store.DocumentBatch;
import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.store.StoreException;
import dev.citegraph.graph.store.StoreStats;
import dev.citegraph.graph.store.TextMatches;
import dev.citegraph.graph.store.TextSearch;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_NotExists;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.AggregatorFactory;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The graph store on a Jena TDB2 dataset in a directory. Each document lives in a named graph of its own (the
 * document's IRI) holding its sections, citations and the facts and entities it states; queries and reads see the
 * union of the graphs. Replacing a document replaces its graph in one write transaction, so a fact two documents
 * state stays as long as one graph still holds it.
 *
 * <p>{@link #run} renders the query as a Jena query object ({@link SparqlRenderer}) and replaces each parameter's
 * variable by its value as an RDF term: no SPARQL text is parsed or pasted together.
 */
public final class TdbGraphStore implements GraphStore {
    /** The types {@link #stats} counts, each under its local name. */
    private static final List<Resource> COUNTED = List.of(CgVocabulary.DOCUMENT, CgVocabulary.SECTION,
            CgVocabulary.ENTITY, CgVocabulary.CITATION);

    /** How many best citations the index reads for each fact a search asks for: a fact may have several. */
    private static final int CITATIONS_READ_PER_FACT = 4;

    private final Path directory;
    private final Dataset dataset;
    private final TdbTextIndex textIndex;

    public TdbGraphStore(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.directory);
            this.dataset = TDB2Factory.connectDataset(this.directory.toString());
        } catch (Exception e) {
            throw new StoreException("cannot open the TDB2 store in " + this.directory + ": " + e.getMessage()
                    + "; check that no other process uses it, or choose another directory", e);
        }
        this.textIndex = TdbTextIndex.open(this.directory);
        if (textIndex.citations() != stats().citations()) textIndex.rebuild(allFacts());
    }

    @Override
    public void replaceDocument(Document document, List<Section> sections, List<Fact> facts) {
        DocumentBatch batch = new DocumentBatch(document, sections, facts);
        Model graph = ModelFactory.createDefaultModel();
        RdfDocumentWriter.write(graph, batch);
        String iri = CgVocabulary.documentIri(document.id());
        synchronized (textIndex) {
            dataset.executeWrite(() -> {
                dataset.removeNamedModel(iri);
                dataset.addNamedModel(iri, graph);
            });
            textIndex.replace(batch);
        }
    }

    @Override
    public boolean removeDocument(String documentId) {
        String iri = CgVocabulary.documentIri(documentId);
        synchronized (textIndex) {
            boolean removed = dataset.calculateWrite(() -> {
                if (!dataset.containsNamedModel(iri)) return false;
                dataset.removeNamedModel(iri);
                return true;
            });
            if (removed) textIndex.remove(documentId);
            return removed;
        }
    }

    @Override
    public List<Document> documents() {
        return dataset.calculateRead(() -> reader().documents());
    }

    @Override
    public Optional<Document> document(String documentId) {
        return dataset.calculateRead(() -> reader().document(documentId));
    }

    @Override
    public List<Section> sections(String documentId) {
        return dataset.calculateRead(() -> reader().sections(documentId));
    }

    @Override
    public List<Fact> facts(Collection<String> ids) {
        return dataset.calculateRead(() -> {
            RdfDocumentReader reader = reader();
            List<Fact> found = new ArrayList<>();
            for (String id : ids) reader.fact(id).ifPresent(found::add);
            return found;
        });
    }

    @Override
    public List<Fact> allFacts() {
        return dataset.calculateRead(() -> reader().allFacts());
    }

    @Override
    public TextMatches searchFacts(TextSearch search) {
        List<String> terms = search.terms().stream().sorted().toList();
        long citations = textIndex.citations();
        if (terms.isEmpty()) return new TextMatches(List.of(), citations, Map.of());
        Map<String, Long> counts = new HashMap<>();
        for (String term : terms) counts.put(term, textIndex.citationsWith(term, TextMatches.COUNT_CAP));
        List<String> candidates = textIndex.matchingFacts(terms, search.limit() * CITATIONS_READ_PER_FACT);
        List<Fact> facts = dataset.calculateRead(() -> {
            RdfDocumentReader reader = reader();
            List<Fact> verified = new ArrayList<>();
            for (String id : candidates) {
                if (verified.size() == search.limit()) break;
                reader.fact(id).filter(Fact::isVerified).ifPresent(verified::add);
            }
            return verified;
        });
        return new TextMatches(facts.stream().sorted(Comparator.comparing(Fact::id)).toList(), citations, counts);
    }

    @Override
    public <R extends QueryRows> R run(GraphQuery<R> query, Map<String, Object> parameters) {
        List<QuerySolution> solutions = select(SparqlRenderer.bind(SparqlRenderer.query(query), parameters));
        return query.rowsType().cast(query.accept(new TdbQueryRows(solutions)));
    }

    /** Runs a SELECT over the union of the document graphs. */
    private List<QuerySolution> select(Query query) {
        return dataset.calculateRead(() -> {
            var builder = QueryExecution.dataset(dataset).query(query).set(TDB2.symUnionDefaultGraph, true);
            try (QueryExecution execution = builder.build()) {
                List<QuerySolution> solutions = new ArrayList<>();
                execution.execSelect().forEachRemaining(solution -> solutions.add(copy(solution)));
                return solutions;
            }
        });
    }

    /** A solution that outlives its execution and transaction. */
    private static QuerySolution copy(QuerySolution solution) {
        QuerySolutionMap copy = new QuerySolutionMap();
        copy.addAll(solution);
        return copy;
    }

    @Override
    public StoreStats stats() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (QuerySolution row : select(statsQuery())) {
            counts.put(row.getLiteral("what").getString(), row.getLiteral("n").getLong());
        }
        Map<FactStatus, Long> byStatus = new EnumMap<>(FactStatus.class);
        for (FactStatus status : FactStatus.values()) byStatus.put(status, counts.getOrDefault(status.name(), 0L));
        return new StoreStats(count(counts, CgVocabulary.DOCUMENT), count(counts, CgVocabulary.SECTION),
                count(counts, CgVocabulary.ENTITY), count(counts, CgVocabulary.CITATION), byStatus);
    }

    private static long count(Map<String, Long> counts, Resource type) {
        return counts.getOrDefault(type.getLocalName(), 0L);
    }

    /**
     * How many documents, sections, entities and citations the store holds (under their type's local name), and
     * facts per status (a fact stated verified by one document and not by another counts as verified): one row per
     * {@code ?what}.
     */
    private static Query statsQuery() {
        Var x = Var.alloc("x");
        Var what = Var.alloc("what");
        ElementUnion union = new ElementUnion();
        COUNTED.forEach(type -> union.addElement(new SparqlGroup().type(x, type)
                .bind(what, NodeValue.makeString(type.getLocalName())).element()));
        Node verified = SparqlBody.VERIFIED;
        union.addElement(new SparqlGroup().type(x, CgVocabulary.FACT).triple(x, CgVocabulary.STATUS, verified)
                .bind(what, NodeValue.makeNode(verified)).element());
        union.addElement(new SparqlGroup().type(x, CgVocabulary.FACT).triple(x, CgVocabulary.STATUS, what)
                .filter(new E_NotExists(new SparqlGroup().triple(x, CgVocabulary.STATUS, verified).element()))
                .element());
        Query query = SparqlRenderer.select();
        query.addResultVar(what);
        query.addResultVar(Var.alloc("n"),
                query.allocAggregate(AggregatorFactory.createCountExpr(true, new ExprVar(x))));
        query.setQueryPattern(new SparqlGroup().element(union).element());
        query.addGroupBy(what);
        return query;
    }

    /** Deletes everything this store holds. */
    public void clear() {
        synchronized (textIndex) {
            dataset.executeWrite(() -> dataset.asDatasetGraph().clear());
            textIndex.rebuild(List.of());
        }
    }

    public Path directory() {
        return directory;
    }

    @Override
    public void close() {
        textIndex.close();
        TDBInternal.expel(dataset.asDatasetGraph());
    }

    private RdfDocumentReader reader() {
        return new RdfDocumentReader(dataset.getUnionModel());
    }
}
