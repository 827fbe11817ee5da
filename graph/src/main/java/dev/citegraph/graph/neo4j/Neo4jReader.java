package dev.citegraph.graph.neo4j;

import dev.citegraph.graph.model.Citation;
import dev.citegraph.graph.model.Document;
import dev.citegraph.graph.model.Entity;
import dev.citegraph.graph.model.EntityKind;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.FactObject;
import dev.citegraph.graph.model.Predicate;
import dev.citegraph.graph.model.Quantity;
import dev.citegraph.graph.model.Section;
import dev.citegraph.graph.store.GraphSchema;
import dev.citegraph.graph.store.SectionLayout;
import dev.citegraph.graph.store.StoredVerdict;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rebuilds domain objects from the records of the read statements. */
final class Neo4jReader {
    static final String FACT_PROJECTION = """
            MATCH (f)-[:SUBJECT]->(s:Entity)
            OPTIONAL MATCH (f)-[:OBJECT]->(o:Entity)
            OPTIONAL MATCH (f)-[c:CITES]->(sec:Section)
            WITH f, s, o, c, sec ORDER BY c.documentId, sec.ordinal, c.start, c.end
            RETURN f {.*} AS fact, s {.*} AS subject, o {.*} AS object,
                   collect(CASE WHEN c IS NULL THEN null ELSE {documentId: c.documentId, sectionId: sec.id,
                       number: sec.number, title: sec.title, page: c.page, quote: c.quote, start: c.start,
                       end: c.end} END) AS citations""";

    private Neo4jReader() {
    }

    static Document document(Value d) {
        return new Document(d.get("id").asString(), d.get("title").asString(), d.get("sourcePath").asString(""),
                d.get("sha256").asString(""), d.get("pages").asInt(0));
    }

    static Section section(Value s) {
        return new Section(s.get("id").asString(), s.get("documentId").asString(), s.get("number").asString(""),
                s.get("title").asString(""), s.get("level").asInt(0), s.get("pageStart").asInt(0),
                s.get("pageEnd").asInt(0), s.get("text").asString(""), s.get("parentId").asString(null),
                SectionLayout.pageStarts(s.get("pageStarts").asString(null)),
                SectionLayout.tables(s.get("tables").asString(null)));
    }

    static Fact fact(Record r) {
        Value f = r.get("fact");
        Entity subject = entity(r.get("subject"));
        List<Citation> citations = r.get("citations").asList(Neo4jReader::citation);
        return new Fact(f.get("id").asString(), subject,
                new Predicate(f.get("predicate").asString(), f.get("surface").asString(null)),
                object(f, r.get("object")), qualifiers(f.get("qualifiers")),
                new StoredVerdict(f.get("status").asString(), f.get("reason").asString("")).verdict(),
                f.get("method").asString(null), citations);
    }

    private static FactObject object(Value f, Value objectEntity) {
        String kind = f.get("objectKind").asString();
        if (GraphSchema.OBJECT_KIND_ENTITY.equals(kind)) return new FactObject.EntityObject(entity(objectEntity));
        if (GraphSchema.OBJECT_KIND_QUANTITY.equals(kind)) {
            return new FactObject.QuantityObject(new Quantity(new BigDecimal(f.get("valueText").asString()),
                    f.get("unit").asString(""), f.get("objectText").asString(null)));
        }
        return new FactObject.TextObject(f.get("objectText").asString());
    }

    static Entity entity(Value e) {
        return new Entity(e.get("id").asString(), e.get("name").asString(), EntityKind.parse(e.get("kind").asString(null)),
                new HashSet<>(e.get("aliases").asList(Value::asString, List.of())));
    }

    private static Map<String, String> qualifiers(Value list) {
        Map<String, String> qualifiers = new LinkedHashMap<>();
        for (String pair : list.asList(Value::asString, List.<String>of())) {
            int eq = pair.indexOf('=');
            qualifiers.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return qualifiers;
    }

    private static Citation citation(Value c) {
        Value page = c.get("page");
        return new Citation(c.get("documentId").asString(), c.get("sectionId").asString(),
                c.get("number").asString(""), c.get("title").asString(""), page.isNull() ? null : page.asInt(),
                c.get("quote").asString(), c.get("start").asInt(), c.get("end").asInt());
    }
}
