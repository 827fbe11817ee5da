package dev.citegraph.graph.bench;

import dev.citegraph.graph.model.Citation;
import dev.citegraph.graph.model.Document;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.FactObject;
import dev.citegraph.graph.model.Section;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline the benchmark compares against: what a first attempt writes, one MERGE statement and one transaction
 * per fact (and per section), the same graph shape as the real store.
 */
final class NaiveWriter {
    private static final String SECTION = """
            MERGE (d:Document {id: $doc}) MERGE (s:Section {id: $id}) SET s.documentId = $doc, s.text = $text
            MERGE (s)-[:IN]->(d)""";
    private static final String FACT = """
            MERGE (s:Entity {id: $subject}) ON CREATE SET s.name = $subjectName
            MERGE (f:Fact {id: $id}) SET f.predicate = $predicate, f.objectText = $objectText, f.status = $status
            MERGE (f)-[:SUBJECT]->(s)
            WITH f, s
            MATCH (sec:Section {id: $section})
            MERGE (f)-[:CITES {documentId: $doc, quote: $quote, start: $start, end: $end}]->(sec)
            WITH f, s
            OPTIONAL MATCH (o:Entity {id: $object})
            FOREACH (x IN CASE WHEN o IS NULL THEN [] ELSE [o] END |
              MERGE (f)-[:OBJECT]->(x) MERGE (s)-[:RELATED {fact: $id, predicate: $predicate}]->(x))""";
    private static final String ENTITY = "MERGE (e:Entity {id: $id}) ON CREATE SET e.name = $name";

    private final Driver driver;

    NaiveWriter(Driver driver) {
        this.driver = driver;
    }

    void write(Document document, List<Section> sections, List<Fact> facts) {
        try (Session session = driver.session()) {
            for (Section section : sections) {
                session.executeWriteWithoutResult(tx -> tx.run(SECTION,
                        Map.of("doc", document.id(), "id", section.id(), "text", section.text())).consume());
            }
            for (Fact fact : facts) {
                if (fact.object() instanceof FactObject.EntityObject object) {
                    session.executeWriteWithoutResult(tx -> tx.run(ENTITY,
                            Map.of("id", object.entity().id(), "name", object.entity().name())).consume());
                }
                session.executeWriteWithoutResult(tx -> tx.run(FACT, parameters(document, fact)).consume());
            }
        }
    }

    private static Map<String, Object> parameters(Document document, Fact fact) {
        Citation citation = fact.citations().get(0);
        Map<String, Object> p = new HashMap<>();
        p.put("doc", document.id());
        p.put("id", fact.id());
        p.put("subject", fact.subject().id());
        p.put("subjectName", fact.subject().name());
        p.put("predicate", fact.predicate().name());
        p.put("objectText", fact.object().display());
        p.put("status", fact.status().name());
        p.put("section", citation.sectionId());
        p.put("quote", citation.quote());
        p.put("start", citation.start());
        p.put("end", citation.end());
        p.put("object", fact.object() instanceof FactObject.EntityObject o ? o.entity().id() : null);
        return p;
    }
}
