package dev.citegraph.graph.rdf;

import dev.citegraph.graph.model.Document;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.FactStatus;
import dev.citegraph.graph.model.Section;
import dev.citegraph.graph.store.DocumentBatch;
import dev.citegraph.graph.store.GraphSchema;
import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.store.QueryResult;
import dev.citegraph.graph.store.StoreException;
import dev.citegraph.graph.store.StoreQuery;
import dev.citegraph.graph.store.StoreStats;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
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
 * <p>{@link #run} runs the query's SPARQL text with each parameter {@code p} bound to the variable {@code $p} through
 * Jena's substitution, never pasted into the text.
 */
public final class TdbGraphStore implements GraphStore {
    private static final String STATS = """
            PREFIX cg: <%s>
            SELECT ?what (COUNT(DISTINCT ?x) AS ?n) WHERE {
              { ?x a cg:Document BIND("documents" AS ?what) } UNION { ?x a cg:Section BIND("sections" AS ?what) }
              UNION { ?x a cg:Entity BIND("entities" AS ?what) } UNION { ?x a cg:Citation BIND("citations" AS ?what) }
              UNION { ?x a cg:Fact ; cg:status "VERIFIED" BIND("VERIFIED" AS ?what) }
              UNION { ?x a cg:Fact ; cg:status ?what FILTER NOT EXISTS { ?x cg:status "VERIFIED" } }
            } GROUP BY ?what""".formatted(GraphSchema.NS);

    private final Path directory;
    private final Dataset dataset;

    public TdbGraphStore(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.directory);
            this.dataset = TDB2Factory.connectDataset(this.directory.toString());
        } catch (Exception e) {
            throw new StoreException("cannot open the TDB2 store in " + this.directory + ": " + e.getMessage()
                    + "; check that no other process uses it, or choose another directory", e);
        }
    }

    @Override
    public void replaceDocument(Document document, List<Section> sections, List<Fact> facts) {
        DocumentBatch batch = new DocumentBatch(document, sections, facts);
        Model graph = ModelFactory.createDefaultModel();
        RdfDocumentWriter.write(graph, batch);
        String iri = CgVocabulary.documentIri(document.id());
        dataset.executeWrite(() -> {
            dataset.removeNamedModel(iri);
            dataset.addNamedModel(iri, graph);
        });
    }

    @Override
    public boolean removeDocument(String documentId) {
        String iri = CgVocabulary.documentIri(documentId);
        return dataset.calculateWrite(() -> {
            if (!dataset.containsNamedModel(iri)) return false;
            dataset.removeNamedModel(iri);
            return true;
        });
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
    public QueryResult run(StoreQuery storeQuery) {
        Query query = QueryFactory.create(storeQuery.sparql());
        return dataset.calculateRead(() -> {
            var builder = QueryExecution.dataset(dataset).query(query).set(TDB2.symUnionDefaultGraph, true);
            storeQuery.parameters().forEach((name, value) -> builder.substitution(name, RdfValues.literal(name, value)));
            try (QueryExecution execution = builder.build()) {
                ResultSet results = execution.execSelect();
                List<String> columns = results.getResultVars();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (results.hasNext()) {
                    QuerySolution solution = results.next();
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (String column : columns) row.put(column, RdfValues.toJava(solution.get(column)));
                    rows.add(row);
                }
                return new QueryResult(columns, rows);
            }
        });
    }

    @Override
    public StoreStats stats() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map<String, Object> row : run(new StoreQuery("", STATS, Map.of(), List.of())).rows()) {
            counts.put((String) row.get("what"), (Long) row.get("n"));
        }
        Map<FactStatus, Long> byStatus = new EnumMap<>(FactStatus.class);
        for (FactStatus status : FactStatus.values()) byStatus.put(status, counts.getOrDefault(status.name(), 0L));
        return new StoreStats(counts.getOrDefault("documents", 0L), counts.getOrDefault("sections", 0L),
                counts.getOrDefault("entities", 0L), counts.getOrDefault("citations", 0L), byStatus);
    }

    /** Deletes everything this store holds. */
    public void clear() {
        dataset.executeWrite(() -> dataset.asDatasetGraph().clear());
    }

    public Path directory() {
        return directory;
    }

    @Override
    public void close() {
        TDBInternal.expel(dataset.asDatasetGraph());
    }

    private RdfDocumentReader reader() {
        return new RdfDocumentReader(dataset.getUnionModel());
    }
}
