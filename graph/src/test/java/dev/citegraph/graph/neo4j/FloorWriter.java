package dev.citegraph.graph.neo4j;

import dev.citegraph.graph.model.Document;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.Section;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The load benchmark's floor: how fast this machine's Neo4j takes the same facts, citations and relationships when
 * nothing is checked or merged. The document, its sections and its entities are written first, untimed; then one
 * transaction creates every fact with one {@code UNWIND ... CREATE} statement and commits. Only new facts are
 * given to it. No real writer can beat this, so it shows how much of a target the graph shape itself allows.
 */
public final class FloorWriter {
    private static final String PREPARE_SECTIONS = """
            MERGE (d:Document {id: $id})
            WITH d
            UNWIND $rows AS row
            CREATE (s:Section)-[:IN]->(d)
            SET s = row
            RETURN s.id AS id, elementId(s) AS element""";
    private static final String PREPARE_ENTITIES = """
            UNWIND $rows AS row
            MERGE (e:Entity {id: row.id}) ON CREATE SET e.name = row.name, e.kind = row.kind, e.aliases = row.aliases
            RETURN e.id AS id, elementId(e) AS element""";
    private static final String CREATE_FACTS = """
            UNWIND $rows AS row
            MATCH (s) WHERE elementId(s) = row.subject
            OPTIONAL MATCH (o) WHERE elementId(o) = row.object
            CREATE (f:Fact)-[:SUBJECT]->(s)
            SET f = row.props
            FOREACH (x IN CASE WHEN o IS NULL THEN [] ELSE [o] END |
              CREATE (f)-[:OBJECT]->(x), (s)-[:RELATED {fact: row.id, predicate: row.predicate}]->(x))
            WITH f, row
            UNWIND row.citations AS c
            MATCH (sec) WHERE elementId(sec) = c.section
            CREATE (f)-[:CITES {documentId: c.documentId, quote: c.quote, page: c.page, start: c.start, end: c.end}]->(sec)""";

    private final Driver driver;
    private final String database;

    public FloorWriter(Driver driver, String database) {
        this.driver = driver;
        this.database = database;
    }

    /** Writes the document and returns the nanoseconds its facts took (statement and commit). */
    public long write(Document document, List<Section> sections, List<Fact> facts) {
        try (Session session = driver.session(SessionConfig.forDatabase(database))) {
            Map<String, String> elements = new HashMap<>();
            session.executeWriteWithoutResult(tx -> {
                keep(tx.run(PREPARE_SECTIONS, Map.of("id", document.id(), "rows", Neo4jRows.sections(sections)))
                        .list(), elements);
                keep(tx.run(PREPARE_ENTITIES, Map.of("rows", Neo4jRows.entities(facts))).list(), elements);
            });
            List<Map<String, Object>> rows = new ArrayList<>(facts.size());
            for (Fact fact : facts) {
                rows.add(Neo4jRows.fact(fact, fact.citations(), elements));
            }
            long started = System.nanoTime();
            session.executeWriteWithoutResult(tx -> tx.run(CREATE_FACTS, Map.of("rows", rows)).consume());
            return System.nanoTime() - started;
        }
    }

    private static void keep(List<Record> records, Map<String, String> elements) {
        for (Record record : records) elements.put(record.get("id").asString(), record.get("element").asString());
    }
}
