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
import dev.citegraph.graph.store.SectionLayout;
import dev.citegraph.graph.store.StoredVerdict;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.citegraph.graph.neo4j.StoreReads.CITATIONS_COLUMN;
import static dev.citegraph.graph.neo4j.StoreReads.CITATION_SECTION_ID;
import static dev.citegraph.graph.neo4j.StoreReads.FACT_COLUMN;
import static dev.citegraph.graph.neo4j.StoreReads.OBJECT_COLUMN;
import static dev.citegraph.graph.neo4j.StoreReads.SUBJECT_COLUMN;
import static dev.citegraph.graph.store.GraphSchema.ALIASES;
import static dev.citegraph.graph.store.GraphSchema.DOCUMENT_ID;
import static dev.citegraph.graph.store.GraphSchema.END;
import static dev.citegraph.graph.store.GraphSchema.ENTITY_NAME;
import static dev.citegraph.graph.store.GraphSchema.ID;
import static dev.citegraph.graph.store.GraphSchema.KIND;
import static dev.citegraph.graph.store.GraphSchema.LEVEL;
import static dev.citegraph.graph.store.GraphSchema.METHOD;
import static dev.citegraph.graph.store.GraphSchema.NUMBER;
import static dev.citegraph.graph.store.GraphSchema.OBJECT_KIND;
import static dev.citegraph.graph.store.GraphSchema.OBJECT_KIND_ENTITY;
import static dev.citegraph.graph.store.GraphSchema.OBJECT_KIND_QUANTITY;
import static dev.citegraph.graph.store.GraphSchema.OBJECT_TEXT;
import static dev.citegraph.graph.store.GraphSchema.PAGE;
import static dev.citegraph.graph.store.GraphSchema.PAGES;
import static dev.citegraph.graph.store.GraphSchema.PAGE_END;
import static dev.citegraph.graph.store.GraphSchema.PAGE_START;
import static dev.citegraph.graph.store.GraphSchema.PAGE_STARTS;
import static dev.citegraph.graph.store.GraphSchema.PARENT_ID;
import static dev.citegraph.graph.store.GraphSchema.PREDICATE;
import static dev.citegraph.graph.store.GraphSchema.QUALIFIERS;
import static dev.citegraph.graph.store.GraphSchema.QUOTE;
import static dev.citegraph.graph.store.GraphSchema.REASON;
import static dev.citegraph.graph.store.GraphSchema.SHA256;
import static dev.citegraph.graph.store.GraphSchema.SOURCE_PATH;
import static dev.citegraph.graph.store.GraphSchema.START;
import static dev.citegraph.graph.store.GraphSchema.STATUS;
import static dev.citegraph.graph.store.GraphSchema.SURFACE;
import static dev.citegraph.graph.store.GraphSchema.TABLES;
import static dev.citegraph.graph.store.GraphSchema.TEXT;
import static dev.citegraph.graph.store.GraphSchema.TITLE;
import static dev.citegraph.graph.store.GraphSchema.UNIT;
import static dev.citegraph.graph.store.GraphSchema.VALUE_TEXT;

/** Rebuilds domain objects from the records of the read statements. */
final class Neo4jReader {
    private Neo4jReader() {
    }

    static Document document(Value d) {
        return new Document(d.get(ID).asString(), d.get(TITLE).asString(), d.get(SOURCE_PATH).asString(""),
                d.get(SHA256).asString(""), d.get(PAGES).asInt(0));
    }

    static Section section(Value s) {
        return new Section(s.get(ID).asString(), s.get(DOCUMENT_ID).asString(), s.get(NUMBER).asString(""),
                s.get(TITLE).asString(""), s.get(LEVEL).asInt(0), s.get(PAGE_START).asInt(0),
                s.get(PAGE_END).asInt(0), s.get(TEXT).asString(""), s.get(PARENT_ID).asString(null),
                SectionLayout.pageStarts(s.get(PAGE_STARTS).asString(null)),
                SectionLayout.tables(s.get(TABLES).asString(null)));
    }

    static Fact fact(Record r) {
        Value f = r.get(FACT_COLUMN);
        Entity subject = entity(r.get(SUBJECT_COLUMN));
        List<Citation> citations = r.get(CITATIONS_COLUMN).asList(Neo4jReader::citation);
        return new Fact(f.get(ID).asString(), subject,
                new Predicate(f.get(PREDICATE).asString(), f.get(SURFACE).asString(null)),
                object(f, r.get(OBJECT_COLUMN)), qualifiers(f.get(QUALIFIERS)),
                new StoredVerdict(f.get(STATUS).asString(), f.get(REASON).asString("")).verdict(),
                f.get(METHOD).asString(null), citations);
    }

    private static FactObject object(Value f, Value objectEntity) {
        String kind = f.get(OBJECT_KIND).asString();
        if (OBJECT_KIND_ENTITY.equals(kind)) return new FactObject.EntityObject(entity(objectEntity));
        if (OBJECT_KIND_QUANTITY.equals(kind)) {
            return new FactObject.QuantityObject(new Quantity(new BigDecimal(f.get(VALUE_TEXT).asString()),
                    f.get(UNIT).asString(""), f.get(OBJECT_TEXT).asString(null)));
        }
        return new FactObject.TextObject(f.get(OBJECT_TEXT).asString());
    }

    static Entity entity(Value e) {
        return new Entity(e.get(ID).asString(), e.get(ENTITY_NAME).asString(), EntityKind.parse(e.get(KIND).asString(null)),
                new HashSet<>(e.get(ALIASES).asList(Value::asString, List.of())));
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
        Value page = c.get(PAGE);
        return new Citation(c.get(DOCUMENT_ID).asString(), c.get(CITATION_SECTION_ID).asString(),
                c.get(NUMBER).asString(""), c.get(TITLE).asString(""), page.isNull() ? null : page.asInt(),
                c.get(QUOTE).asString(), c.get(START).asInt(), c.get(END).asInt());
    }
}
