package dev.citegraph.graph.neo4j;

import dev.citegraph.graph.model.Document;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.FactStatus;
import dev.citegraph.graph.model.Section;
import dev.citegraph.graph.store.DocumentBatch;
import dev.citegraph.graph.store.GraphSchema;
import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.query.GraphQuery;
import dev.citegraph.graph.query.QueryRows;
import dev.citegraph.graph.store.StoreStats;
import dev.citegraph.graph.store.TextMatches;
import dev.citegraph.graph.store.TextSearch;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The graph store on Neo4j, spoken to only through the Java driver over Bolt, in managed transactions: the same code
 * serves the embedded server, a remote server and a routed cluster. The shape is the one in GraphSchema.
 */
public final class Neo4jGraphStore implements GraphStore {
    private static final String COUNT_DOCUMENTS = StoreReads.countOf(GraphSchema.DOCUMENT);
    private static final String COUNT_SECTIONS = StoreReads.countOf(GraphSchema.SECTION);
    private static final String COUNT_ENTITIES = StoreReads.countOf(GraphSchema.ENTITY);

    /** How many best citations the index reads for each fact a search asks for: a fact may have several. */
    private static final int CITATIONS_READ_PER_FACT = 4;

    private final Driver driver;
    private final String database;
    private final AutoCloseable owned;
    private final RenderedCypher rendered = new RenderedCypher();

    /**
     * A store on {@code driver}'s {@code database}; creates constraints and indexes if missing. {@code owned} is
     * closed after the driver (the embedded server, when there is one).
     */
    public Neo4jGraphStore(Driver driver, String database, AutoCloseable owned) {
        this.driver = driver;
        this.database = database;
        this.owned = owned;
        Neo4jSchema.create(driver, database);
    }

    @Override
    public void replaceDocument(Document document, List<Section> sections, List<Fact> facts) {
        DocumentBatch batch = new DocumentBatch(document, sections, facts);
        try (Session session = session()) {
            session.executeWriteWithoutResult(tx -> Neo4jDocumentWriter.replace(tx, batch));
        }
    }

    @Override
    public boolean removeDocument(String documentId) {
        try (Session session = session()) {
            return session.executeWrite(tx -> Neo4jDocumentWriter.remove(tx, documentId));
        }
    }

    @Override
    public List<Document> documents() {
        return read(StoreReads.DOCUMENTS, Map.of(), r -> Neo4jReader.document(r.get(StoreReads.DOCUMENT_COLUMN)));
    }

    @Override
    public Optional<Document> document(String documentId) {
        return read(StoreReads.DOCUMENT_BY_ID, Map.of("id", documentId),
                r -> Neo4jReader.document(r.get(StoreReads.DOCUMENT_COLUMN))).stream().findFirst();
    }

    @Override
    public List<Section> sections(String documentId) {
        return read(StoreReads.SECTIONS_OF_DOCUMENT, Map.of("id", documentId),
                r -> Neo4jReader.section(r.get(StoreReads.SECTION_COLUMN)));
    }

    @Override
    public List<Fact> facts(Collection<String> ids) {
        List<String> wanted = List.copyOf(ids);
        Map<String, Fact> byId = new HashMap<>();
        for (Fact fact : read(StoreReads.FACTS_BY_ID, Map.of("ids", wanted), Neo4jReader::fact)) {
            byId.put(fact.id(), fact);
        }
        List<Fact> ordered = new ArrayList<>();
        for (String id : wanted) {
            Fact fact = byId.remove(id);
            if (fact != null) ordered.add(fact);
        }
        return ordered;
    }

    @Override
    public List<Fact> allFacts() {
        return read(StoreReads.ALL_FACTS, Map.of(), Neo4jReader::fact);
    }

    @Override
    public TextMatches searchFacts(TextSearch search) {
        List<String> terms = search.terms().stream().sorted().toList();
        try (Session session = session()) {
            return session.executeRead(tx -> {
                long citations = tx.run(StoreReads.CITATION_COUNT).single().get(StoreReads.COUNT_COLUMN).asLong();
                if (terms.isEmpty()) return new TextMatches(List.of(), citations, Map.of());
                Map<String, Long> counts = new HashMap<>();
                tx.run(TextSearchStatements.TERM_COUNTS, Map.of("terms", TextSearchStatements.termRows(terms),
                        "cap", TextMatches.COUNT_CAP)).forEachRemaining(r -> counts.put(
                        r.get(TextSearchStatements.TERM_COLUMN).asString(),
                        r.get(TextSearchStatements.COUNT_COLUMN).asLong()));
                List<String> ids = tx.run(TextSearchStatements.MATCHING_FACTS, Map.of(
                        "query", TextSearchStatements.anyOf(terms),
                        "hits", (long) search.limit() * CITATIONS_READ_PER_FACT, "limit", (long) search.limit()))
                        .list(r -> r.get(TextSearchStatements.ID_COLUMN).asString());
                List<Fact> facts = tx.run(StoreReads.FACTS_BY_ID, Map.of("ids", ids)).list(Neo4jReader::fact);
                List<Fact> byId = facts.stream().sorted(java.util.Comparator.comparing(Fact::id)).toList();
                return new TextMatches(byId, citations, counts);
            });
        }
    }

    @Override
    public <R extends QueryRows> R run(GraphQuery<R> query, Map<String, Object> parameters) {
        String cypher = rendered.cypher(query);
        try (Session session = session()) {
            List<Record> records = session.executeRead(tx -> tx.run(cypher, Neo4jValues.parameters(CompareLists.parameters(query, parameters))).list());
            return query.rowsType().cast(query.accept(new Neo4jQueryRows(records)));
        }
    }

    /** The counts in one read transaction, not one session and transaction for each of the five. */
    @Override
    public StoreStats stats() {
        try (Session session = session()) {
            return session.executeRead(tx -> {
                Map<FactStatus, Long> byStatus = new EnumMap<>(FactStatus.class);
                for (FactStatus status : FactStatus.values()) byStatus.put(status, 0L);
                tx.run(StoreReads.FACTS_BY_STATUS).forEachRemaining(r -> byStatus.put(
                        FactStatus.valueOf(r.get(StoreReads.STATUS_COLUMN).asString()),
                        r.get(StoreReads.COUNT_COLUMN).asLong()));
                java.util.function.ToLongFunction<String> count = statement ->
                        tx.run(statement).single().get(StoreReads.COUNT_COLUMN).asLong();
                return new StoreStats(count.applyAsLong(COUNT_DOCUMENTS), count.applyAsLong(COUNT_SECTIONS),
                        count.applyAsLong(COUNT_ENTITIES), count.applyAsLong(StoreReads.CITATION_COUNT), byStatus);
            });
        }
    }

    /** Deletes everything this store holds (the schema stays). */
    public void clear() {
        try (Session session = session()) {
            session.executeWriteWithoutResult(tx -> tx.run(StoreReads.DELETE_EVERYTHING).consume());
        }
    }

    @Override
    public void close() {
        try {
            driver.close();
        } finally {
            closeOwned();
        }
    }

    private void closeOwned() {
        if (owned == null) return;
        try {
            owned.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the embedded Neo4j: " + e.getMessage(), e);
        }
    }

    private <T> List<T> read(String cypher, Map<String, Object> parameters, java.util.function.Function<Record, T> map) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run(cypher, parameters).list(map::apply));
        }
    }

    private Session session() {
        return driver.session(SessionConfig.forDatabase(database));
    }
}
