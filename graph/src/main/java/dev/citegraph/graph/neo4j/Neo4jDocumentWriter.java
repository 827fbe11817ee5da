package dev.citegraph.graph.neo4j;

import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.store.DocumentBatch;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import java.util.ArrayList;
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
            SET s = row""";

    private static final String LINK_PARENTS = """
            UNWIND $rows AS row
            MATCH (s:Section {id: row.id}), (p:Section {id: row.parentId})
            CREATE (s)-[:PARENT]->(p)""";

    // Name nodes are merged only for spellings the entity has not had before (kept in nameKeys): most entities of a
    // document are already stored, and re-merging their names was the larger part of the write.
    private static final String MERGE_ENTITIES = """
            UNWIND $rows AS row
            MERGE (e:Entity {id: row.id})
              ON CREATE SET e.name = row.name, e.kind = row.kind, e.aliases = row.aliases
              ON MATCH SET e.kind = CASE WHEN e.kind = 'CONCEPT' THEN row.kind ELSE e.kind END,
                           e.aliases = e.aliases + [a IN row.aliases + [row.name] WHERE NOT a IN e.aliases AND a <> e.name]
            WITH e, [k IN row.keys WHERE NOT k IN coalesce(e.nameKeys, [])] AS newKeys
            SET e.nameKeys = coalesce(e.nameKeys, []) + newKeys
            WITH e, newKeys
            UNWIND newKeys AS key
            MERGE (n:Name {key: key})
            MERGE (n)-[:NAMES]->(e)""";

    // A fact already stored (cited by another document) keeps its node; "verified" wins over "unverified".
    private static final String MERGE_FACTS = """
            UNWIND $rows AS row
            MATCH (s:Entity {id: row.subject})
            OPTIONAL MATCH (o:Entity {id: row.object})
            MERGE (f:Fact {id: row.id})
              ON CREATE SET f = row.props
              ON MATCH SET f.reason = CASE WHEN f.status = 'VERIFIED' THEN f.reason ELSE row.props.reason END,
                           f.status = CASE WHEN f.status = 'VERIFIED' THEN f.status ELSE row.props.status END
            MERGE (f)-[:SUBJECT]->(s)
            FOREACH (x IN CASE WHEN o IS NULL THEN [] ELSE [o] END |
              MERGE (f)-[:OBJECT]->(x)
              MERGE (s)-[r:RELATED {fact: row.id}]->(x) SET r.predicate = row.predicate)
            WITH f, row
            UNWIND row.citations AS c
            MATCH (sec:Section {id: c.section})
            CREATE (f)-[:CITES {documentId: c.documentId, quote: c.quote, page: c.page, start: c.start, end: c.end}]->(sec)""";

    private Neo4jDocumentWriter() {
    }

    static void replace(TransactionContext tx, DocumentBatch batch) {
        String id = batch.document().id();
        tx.run(MERGE_DOCUMENT, Map.of("doc", Neo4jRows.document(batch.document()))).consume();
        Set<String> touched = dropContent(tx, id);
        inBatches(tx, CREATE_SECTIONS, id, Neo4jRows.sections(batch.sections()));
        inBatches(tx, LINK_PARENTS, id, Neo4jRows.sections(batch.sections()).stream()
                .filter(row -> row.get("parentId") != null).toList());
        inBatches(tx, MERGE_ENTITIES, id, Neo4jRows.entities(batch.facts()));
        List<Map<String, Object>> facts = new ArrayList<>(batch.facts().size());
        for (Fact fact : batch.facts()) facts.add(Neo4jRows.fact(fact, batch.citationsInDocument(fact)));
        inBatches(tx, MERGE_FACTS, id, facts);
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

    private static void inBatches(TransactionContext tx, String statement, String id, List<Map<String, Object>> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Map<String, Object>> slice = rows.subList(from, Math.min(rows.size(), from + BATCH));
            tx.run(statement, Map.of("id", id, "rows", slice)).consume();
        }
    }
}
