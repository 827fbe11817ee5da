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

/**
 * The statements that replace or remove one document, all run inside the caller's transaction. Rows go in batches
 * through {@code UNWIND}; every user value travels as a parameter.
 */
final class Neo4jDocumentWriter {
    static final int BATCH = 2_000;
    // A fact created by another build first, or an entity it removed while this one waited for its lock.
    private static final Set<String> LOST_TO_ANOTHER_BUILD = Set.of("Neo.ClientError.Schema.ConstraintValidationFailed",
            "Neo.ClientError.Statement.EntityNotFound");
    private static final String CONCURRENT_CHANGE = "Neo.TransientError.Transaction.Outdated";

    // Merging the document node first takes its write lock, so two builds of one document run one after the other.
    private static final String MERGE_DOCUMENT = "MERGE (d:Document {id: $doc.id}) SET d += $doc";

    private static final String DROP_CITATIONS = """
            MATCH (:Document {id: $id})<-[:IN]-(:Section)<-[c:CITES]-(f:Fact)
            DELETE c
            WITH DISTINCT f
            WHERE NOT (f)-[:CITES]->()
            MATCH (f)-[:SUBJECT]->(s:Entity)
            OPTIONAL MATCH (f)-[:OBJECT]->(o:Entity)
            OPTIONAL MATCH (s)-[r:RELATED {fact: f.id}]->()
            DELETE r
            WITH f, s, o
            DETACH DELETE f
            RETURN collect(DISTINCT s.id) + collect(DISTINCT o.id) AS entities""";

    private static final String DROP_SECTIONS = "MATCH (:Document {id: $id})<-[:IN]-(s:Section) DETACH DELETE s";

    private static final String DROP_DOCUMENT = "MATCH (d:Document {id: $id}) DETACH DELETE d";

    private static final String DROP_ORPHAN_ENTITIES = """
            UNWIND $ids AS id
            MATCH (e:Entity {id: id})
            WHERE NOT (e)<-[:SUBJECT|OBJECT]-()
            OPTIONAL MATCH (n:Name)-[:NAMES]->(e)
            DETACH DELETE e
            WITH DISTINCT n
            WHERE n IS NOT NULL AND NOT (n)-[:NAMES]->()
            DELETE n""";

    private static final String CREATE_SECTIONS = """
            MATCH (d:Document {id: $id})
            UNWIND $rows AS row
            CREATE (s:Section)-[:IN]->(d)
            SET s = row
            RETURN s.id AS id, elementId(s) AS element""";

    private static final String LINK_PARENTS = """
            UNWIND $rows AS row
            MATCH (s:Section {id: row.id}), (p:Section {id: row.parentId})
            CREATE (s)-[:PARENT]->(p)""";

    // Decided in the store, next to the data: what an entity row would add to the stored entity, if anything.
    private static final String ENTITY_CHANGES = """
            UNWIND $rows AS row
            OPTIONAL MATCH (e:Entity {id: row.id})
            RETURN row.id AS id, elementId(e) AS element,
                   e IS NULL
                   OR (e.kind = 'CONCEPT' AND row.kind <> 'CONCEPT')
                   OR any(a IN row.aliases + [row.name] WHERE NOT a IN coalesce(e.aliases, []) AND a <> e.name)
                   OR any(k IN row.keys WHERE NOT k IN coalesce(e.nameKeys, [])) AS changes""";

    // Run only for entities that are new or gain a kind, alias or spelling: most entities of a document are already
    // stored as they are, and re-merging them was a large part of the write. Name nodes are merged only for spellings
    // the entity has not had before (kept in nameKeys).
    private static final String MERGE_ENTITIES = """
            UNWIND $rows AS row
            MERGE (e:Entity {id: row.id})
              ON CREATE SET e.name = row.name, e.kind = row.kind, e.aliases = row.aliases
              ON MATCH SET e.kind = CASE WHEN e.kind = 'CONCEPT' THEN row.kind ELSE e.kind END,
                           e.aliases = coalesce(e.aliases, []) + [a IN row.aliases + [row.name]
                               WHERE NOT a IN coalesce(e.aliases, []) AND a <> e.name]
            WITH e, [k IN row.keys WHERE NOT k IN coalesce(e.nameKeys, [])] AS newKeys
            SET e.nameKeys = coalesce(e.nameKeys, []) + newKeys
            WITH e, newKeys
            CALL {
              WITH e, newKeys
              UNWIND newKeys AS key
              MERGE (n:Name {key: key})
              MERGE (n)-[:NAMES]->(e)
            }
            RETURN e.id AS id, elementId(e) AS element""";

    private static final String STORED_FACTS = """
            UNWIND $ids AS id
            MATCH (f:Fact {id: id})
            RETURN f.id AS id""";

    // The tail of the two fact statements: the citations of fact f in this document, and how many facts were written.
    private static final String CITE_IN_THIS_DOCUMENT = """
            WITH f, row
            CALL {
              WITH f, row
              UNWIND row.citations AS c
              MATCH (sec:Section) WHERE elementId(sec) = c.section
              CREATE (f)-[:CITES {documentId: c.documentId, quote: c.quote, page: c.page, start: c.start, end: c.end}]->(sec)
            }
            RETURN count(f) AS written""";

    // A new fact's node and relationships are created, not merged: merging a relationship made Neo4j walk the
    // entity's relationships, which grow with the library. The unique constraint on Fact.id still stops a fact
    // created twice by builds running at once (see concurrentChange). Entities and sections are found by the element
    // ids read earlier in this transaction, which skips an index seek a row; the count lets the caller see an entity
    // that another build removed in between.
    private static final String CREATE_FACTS = """
            UNWIND $rows AS row
            MATCH (s:Entity) WHERE elementId(s) = row.subject
            OPTIONAL MATCH (o:Entity) WHERE elementId(o) = row.object
            WITH row, s, o WHERE row.object IS NULL OR o IS NOT NULL
            CREATE (f:Fact)-[:SUBJECT]->(s)
            SET f = row.props
            FOREACH (x IN CASE WHEN o IS NULL THEN [] ELSE [o] END |
              CREATE (f)-[:OBJECT]->(x), (s)-[:RELATED {fact: row.id, predicate: row.predicate}]->(x))
            """ + CITE_IN_THIS_DOCUMENT;

    // A fact already stored (cited by another document) only gains citations; "verified" wins over "unverified".
    private static final String CITE_STORED_FACTS = """
            UNWIND $rows AS row
            MATCH (f:Fact {id: row.id})
            SET f.reason = CASE WHEN f.status = 'VERIFIED' THEN f.reason ELSE row.props.reason END,
                f.status = CASE WHEN f.status = 'VERIFIED' THEN f.status ELSE row.props.status END
            """ + CITE_IN_THIS_DOCUMENT;

    private Neo4jDocumentWriter() {
    }

    static void replace(TransactionContext tx, DocumentBatch batch) {
        String id = batch.document().id();
        tx.run(MERGE_DOCUMENT, Map.of("doc", Neo4jRows.document(batch.document()))).consume();
        Set<String> touched = dropContent(tx, id);
        List<Map<String, Object>> sections = Neo4jRows.sections(batch.sections());
        Map<String, String> elements = new HashMap<>();
        keepElements(inBatches(tx, CREATE_SECTIONS, id, sections), elements);
        inBatches(tx, LINK_PARENTS, id, sections.stream().filter(row -> row.get("parentId") != null).toList());
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
        boolean exists = tx.run("MATCH (d:Document {id: $id}) RETURN count(d) > 0 AS found", Map.of("id", id))
                .single().get("found").asBoolean();
        if (!exists) return false;
        Set<String> touched = dropContent(tx, id);
        tx.run(DROP_DOCUMENT, Map.of("id", id)).consume();
        dropOrphanEntities(tx, touched);
        return true;
    }

    /** Drops the document's sections and citations and the facts left uncited; returns the entities they named. */
    private static Set<String> dropContent(TransactionContext tx, String id) {
        Value entities = tx.run(DROP_CITATIONS, Map.of("id", id)).single().get("entities");
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
        for (Record record : records) elements.put(record.get("id").asString(), record.get("element").asString());
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
                written = tx.run(statement, Map.of("id", id, "rows", slice)).single().get("written").asLong();
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
        for (Map<String, Object> row : rows) byId.put((String) row.get("id"), row);
        List<Map<String, Object>> changed = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Map<String, Object>> slice = rows.subList(from, Math.min(rows.size(), from + BATCH));
            for (Record record : tx.run(ENTITY_CHANGES, Map.of("rows", slice)).list()) {
                String id = record.get("id").asString();
                if (record.get("changes").asBoolean()) changed.add(byId.get(id));
                else elements.put(id, record.get("element").asString());
            }
        }
        return changed;
    }

    private static Set<String> storedFacts(TransactionContext tx, List<Fact> facts) {
        List<String> ids = facts.stream().map(Fact::id).toList();
        Set<String> stored = new HashSet<>();
        for (Record record : tx.run(STORED_FACTS, Map.of("ids", ids)).list()) stored.add(record.get("id").asString());
        return stored;
    }

    // The driver retries a transaction function that throws a transient error, so the build runs again from the
    // start on what the other build committed.
    private static TransientException concurrentChange(String documentId, String detail) {
        return new TransientException(CONCURRENT_CHANGE,
                "another build changed shared facts while " + documentId + " was written: " + detail);
    }
}
