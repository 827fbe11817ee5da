package dev.citegraph.graph.neo4j;

import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.store.DocumentBatch;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.citegraph.graph.neo4j.DocumentStatements.CHANGES_COLUMN;
import static dev.citegraph.graph.neo4j.DocumentStatements.CITE_STORED_FACTS;
import static dev.citegraph.graph.neo4j.DocumentStatements.CREATE_FACTS;
import static dev.citegraph.graph.neo4j.DocumentStatements.CREATE_SECTIONS;
import static dev.citegraph.graph.neo4j.DocumentStatements.DOCUMENT_EXISTS;
import static dev.citegraph.graph.neo4j.DocumentStatements.DROP_CITATIONS;
import static dev.citegraph.graph.neo4j.DocumentStatements.DROP_DOCUMENT;
import static dev.citegraph.graph.neo4j.DocumentStatements.DROP_ORPHAN_ENTITIES;
import static dev.citegraph.graph.neo4j.DocumentStatements.DROP_SECTIONS;
import static dev.citegraph.graph.neo4j.DocumentStatements.ELEMENT_COLUMN;
import static dev.citegraph.graph.neo4j.DocumentStatements.ENTITIES_COLUMN;
import static dev.citegraph.graph.neo4j.DocumentStatements.ENTITY_CHANGES;
import static dev.citegraph.graph.neo4j.DocumentStatements.FOUND_COLUMN;
import static dev.citegraph.graph.neo4j.DocumentStatements.ID_COLUMN;
import static dev.citegraph.graph.neo4j.DocumentStatements.LINK_PARENTS;
import static dev.citegraph.graph.neo4j.DocumentStatements.MERGE_DOCUMENT;
import static dev.citegraph.graph.neo4j.DocumentStatements.MERGE_ENTITIES;
import static dev.citegraph.graph.neo4j.DocumentStatements.STORED_FACTS;
import static dev.citegraph.graph.neo4j.DocumentStatements.WRITTEN_COLUMN;
import static dev.citegraph.graph.store.GraphSchema.ID;
import static dev.citegraph.graph.store.GraphSchema.PARENT_ID;

/**
 * Replaces or removes one document with the {@link DocumentStatements}, all inside the caller's transaction. Rows go
 * in batches through {@code UNWIND}; every user value travels as a parameter.
 */
final class Neo4jDocumentWriter {
    static final int BATCH = 2_000;
    // A fact created by another build first, or an entity it removed while this one waited for its lock.
    private static final Set<String> LOST_TO_ANOTHER_BUILD = Set.of("Neo.ClientError.Schema.ConstraintValidationFailed",
            "Neo.ClientError.Statement.EntityNotFound");
    private static final String CONCURRENT_CHANGE = "Neo.TransientError.Transaction.Outdated";

    private Neo4jDocumentWriter() {
    }

    static void replace(TransactionContext tx, DocumentBatch batch) {
        String id = batch.document().id();
        tx.run(MERGE_DOCUMENT, Map.of("doc", Neo4jRows.document(batch.document()))).consume();
        Set<String> touched = dropContent(tx, id);
        List<Map<String, Object>> sections = Neo4jRows.sections(batch.sections());
        Map<String, String> elements = new HashMap<>();
        keepElements(inBatches(tx, CREATE_SECTIONS, id, sections), elements);
        inBatches(tx, LINK_PARENTS, id, sections.stream().filter(row -> row.get(PARENT_ID) != null).toList());
        List<Map<String, Object>> entities = entitiesToWrite(tx, Neo4jRows.entities(batch.facts()), elements);
        keepElements(inBatches(tx, MERGE_ENTITIES, id, entities), elements);
        Set<String> stored = storedFacts(tx, batch.facts());
        List<Map<String, Object>> created = new ArrayList<>();
        List<Map<String, Object>> cited = new ArrayList<>();
        for (Fact fact : batch.facts()) {
            Map<String, Object> row = Neo4jRows.fact(fact, batch.citationsInDocument(fact), elements);
            (stored.contains(fact.id()) ? cited : created).add(row);
        }
        writeAll(tx, CREATE_FACTS, id, created);
        writeAll(tx, CITE_STORED_FACTS, id, cited);
        dropOrphanEntities(tx, touched);
    }

    static boolean remove(TransactionContext tx, String id) {
        boolean exists = tx.run(DOCUMENT_EXISTS, Map.of("id", id)).single().get(FOUND_COLUMN).asBoolean();
        if (!exists) return false;
        Set<String> touched = dropContent(tx, id);
        tx.run(DROP_DOCUMENT, Map.of("id", id)).consume();
        dropOrphanEntities(tx, touched);
        return true;
    }

    /** Drops the document's sections and citations and the facts left uncited; returns the entities they named. */
    private static Set<String> dropContent(TransactionContext tx, String id) {
        Value entities = tx.run(DROP_CITATIONS, Map.of("id", id)).single().get(ENTITIES_COLUMN);
        tx.run(DROP_SECTIONS, Map.of("id", id)).consume();
        return new HashSet<>(entities.asList(Value::asString));
    }

    private static void dropOrphanEntities(TransactionContext tx, Set<String> ids) {
        if (!ids.isEmpty()) tx.run(DROP_ORPHAN_ENTITIES, Map.of("ids", List.copyOf(ids))).consume();
    }

    private static List<Record> inBatches(TransactionContext tx, String statement, String id,
                                          List<Map<String, Object>> rows) {
        List<Record> records = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Map<String, Object>> slice = rows.subList(from, Math.min(rows.size(), from + BATCH));
            records.addAll(tx.run(statement, Map.of("id", id, "rows", slice)).list());
        }
        return records;
    }

    private static void keepElements(List<Record> records, Map<String, String> elements) {
        for (Record record : records) elements.put(record.get(ID_COLUMN).asString(), record.get(ELEMENT_COLUMN).asString());
    }

    /**
     * Runs a statement that returns how many of its rows it wrote, and fails the transaction as retryable when one is
     * missing: an entity or fact read earlier in this transaction was removed by another build meanwhile.
     */
    private static void writeAll(TransactionContext tx, String statement, String id, List<Map<String, Object>> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Map<String, Object>> slice = rows.subList(from, Math.min(rows.size(), from + BATCH));
            long written;
            try {
                written = tx.run(statement, Map.of("id", id, "rows", slice)).single().get(WRITTEN_COLUMN).asLong();
            } catch (ClientException e) {
                if (LOST_TO_ANOTHER_BUILD.contains(e.code())) throw concurrentChange(id, e.getMessage());
                throw e;
            }
            if (written != slice.size()) {
                throw concurrentChange(id, (slice.size() - written) + " of " + slice.size()
                        + " facts lost an entity or fact removed by another build");
            }
        }
    }

    /**
     * The entity rows that would change the store: new entities, or stored ones gaining a kind, alias or spelling.
     * The element ids of the others go into {@code elements}.
     */
    private static List<Map<String, Object>> entitiesToWrite(TransactionContext tx, List<Map<String, Object>> rows,
                                                             Map<String, String> elements) {
        Map<String, Map<String, Object>> byId = new HashMap<>();
        for (Map<String, Object> row : rows) byId.put((String) row.get(ID), row);
        List<Map<String, Object>> changed = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Map<String, Object>> slice = rows.subList(from, Math.min(rows.size(), from + BATCH));
            for (Record record : tx.run(ENTITY_CHANGES, Map.of("rows", slice)).list()) {
                String id = record.get(ID_COLUMN).asString();
                if (record.get(CHANGES_COLUMN).asBoolean()) changed.add(byId.get(id));
                else elements.put(id, record.get(ELEMENT_COLUMN).asString());
            }
        }
        return changed;
    }

    private static Set<String> storedFacts(TransactionContext tx, List<Fact> facts) {
        List<String> ids = facts.stream().map(Fact::id).toList();
        Set<String> stored = new HashSet<>();
        for (Record record : tx.run(STORED_FACTS, Map.of("ids", ids)).list()) stored.add(record.get(ID_COLUMN).asString());
        return stored;
    }

    // The driver retries a transaction function that throws a transient error, so the build runs again from the
    // start on what the other build committed.
    private static TransientException concurrentChange(String documentId, String detail) {
        return new TransientException(CONCURRENT_CHANGE,
                "another build changed shared facts while " + documentId + " was written: " + detail);
    }
}
