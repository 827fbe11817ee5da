package dev.citegraph.graph.neo4j;

import dev.citegraph.graph.model.Citation;
import dev.citegraph.graph.model.Document;
import dev.citegraph.graph.model.Entity;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.FactObject;
import dev.citegraph.graph.model.Section;
import dev.citegraph.graph.store.FactText;
import dev.citegraph.graph.store.SectionLayout;
import dev.citegraph.graph.store.StoredVerdict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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
import static dev.citegraph.graph.store.GraphSchema.OBJECT_KIND_TEXT;
import static dev.citegraph.graph.store.GraphSchema.OBJECT_TEXT;
import static dev.citegraph.graph.store.GraphSchema.ORDINAL;
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
import static dev.citegraph.graph.store.GraphSchema.SEARCH_TEXT;
import static dev.citegraph.graph.store.GraphSchema.SHA256;
import static dev.citegraph.graph.store.GraphSchema.SOURCE_PATH;
import static dev.citegraph.graph.store.GraphSchema.START;
import static dev.citegraph.graph.store.GraphSchema.STATUS;
import static dev.citegraph.graph.store.GraphSchema.SURFACE;
import static dev.citegraph.graph.store.GraphSchema.TABLES;
import static dev.citegraph.graph.store.GraphSchema.TEXT;
import static dev.citegraph.graph.store.GraphSchema.TEXT_HASH;
import static dev.citegraph.graph.store.GraphSchema.TITLE;
import static dev.citegraph.graph.store.GraphSchema.UNIT;
import static dev.citegraph.graph.store.GraphSchema.VALUE;
import static dev.citegraph.graph.store.GraphSchema.VALUE_TEXT;

/** Domain objects as the parameter rows the write statements unwind. Property names are GraphSchema's. */
final class Neo4jRows {
    private Neo4jRows() {
    }

    static Map<String, Object> document(Document document) {
        return Map.of(ID, document.id(), TITLE, document.title(), SOURCE_PATH, document.sourcePath(),
                SHA256, document.sha256(), PAGES, (long) document.pages());
    }

    static List<Map<String, Object>> sections(List<Section> sections) {
        List<Map<String, Object>> rows = new ArrayList<>(sections.size());
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            Map<String, Object> row = new HashMap<>();
            row.put(ID, s.id());
            row.put(DOCUMENT_ID, s.documentId());
            row.put(NUMBER, s.number());
            row.put(TITLE, s.title());
            row.put(LEVEL, (long) s.level());
            row.put(PAGE_START, (long) s.pageStart());
            row.put(PAGE_END, (long) s.pageEnd());
            row.put(TEXT, s.text());
            row.put(TEXT_HASH, s.textHash());
            row.put(PARENT_ID, s.parentId());
            row.put(ORDINAL, (long) i);
            row.put(PAGE_STARTS, SectionLayout.pageStartsJson(s.pageStarts()));
            row.put(TABLES, SectionLayout.tablesJson(s.tables()));
            rows.add(row);
        }
        return rows;
    }

    /** Every entity the facts mention, once, with the aliases seen across all of them united. */
    static List<Map<String, Object>> entities(List<Fact> facts) {
        Map<String, Entity> byId = new LinkedHashMap<>();
        for (Fact fact : facts) {
            add(byId, fact.subject());
            if (fact.object() instanceof FactObject.EntityObject object) add(byId, object.entity());
        }
        List<Map<String, Object>> rows = new ArrayList<>(byId.size());
        for (Entity e : byId.values()) {
            Set<String> keys = new LinkedHashSet<>();
            keys.add(Entity.keyOf(e.name()));
            e.aliases().forEach(alias -> keys.add(Entity.keyOf(alias)));
            rows.add(Map.of(ID, e.id(), ENTITY_NAME, e.name(), KIND, e.kind().name(),
                    ALIASES, List.copyOf(e.aliases()), DocumentStatements.ROW_KEYS, List.copyOf(keys)));
        }
        return rows;
    }

    private static void add(Map<String, Entity> byId, Entity entity) {
        byId.merge(entity.id(), entity, (old, seen) -> old.withAliases(seen.aliases()));
    }

    /**
     * One row a fact, with the citations to write for it. Entities and sections are referred to by the element ids
     * {@code elements} maps their ids to, read earlier in the same transaction.
     */
    static Map<String, Object> fact(Fact fact, List<Citation> citations, Map<String, String> elements) {
        Map<String, Object> props = new HashMap<>();
        props.put(ID, fact.id());
        props.put(PREDICATE, fact.predicate().name());
        props.put(SURFACE, fact.predicate().surface());
        props.put(OBJECT_TEXT, fact.object().display());
        props.put(QUALIFIERS, qualifiers(fact.qualifiers()));
        StoredVerdict verdict = StoredVerdict.of(fact.verdict());
        props.put(STATUS, verdict.status());
        props.put(REASON, verdict.reason());
        props.put(METHOD, fact.method());
        String objectId = null;
        if (fact.object() instanceof FactObject.EntityObject object) {
            props.put(OBJECT_KIND, OBJECT_KIND_ENTITY);
            objectId = object.entity().id();
        } else if (fact.object() instanceof FactObject.QuantityObject object) {
            props.put(OBJECT_KIND, OBJECT_KIND_QUANTITY);
            props.put(VALUE, object.quantity().value().doubleValue());
            props.put(VALUE_TEXT, object.quantity().value().toPlainString());
            props.put(UNIT, object.quantity().unit());
        } else {
            props.put(OBJECT_KIND, OBJECT_KIND_TEXT);
        }
        Map<String, Object> row = new HashMap<>();
        row.put(ID, fact.id());
        row.put(DocumentStatements.SUBJECT_ELEMENT, elements.get(fact.subject().id()));
        row.put(DocumentStatements.OBJECT_ELEMENT, objectId == null ? null : elements.get(objectId));
        row.put(PREDICATE, fact.predicate().name());
        row.put(DocumentStatements.ROW_PROPS, props);
        row.put(DocumentStatements.ROW_CITATIONS, citations(fact, citations, elements));
        return row;
    }

    static List<String> qualifiers(Map<String, String> qualifiers) {
        List<String> list = new ArrayList<>(qualifiers.size());
        new TreeMap<>(qualifiers).forEach((k, v) -> list.add(k + "=" + v));
        return list;
    }

    private static List<Map<String, Object>> citations(Fact fact, List<Citation> citations,
                                                       Map<String, String> elements) {
        List<Map<String, Object>> rows = new ArrayList<>(citations.size());
        for (Citation c : citations) {
            Map<String, Object> row = new HashMap<>();
            row.put(DocumentStatements.SECTION_ELEMENT, elements.get(c.sectionId()));
            row.put(DOCUMENT_ID, c.documentId());
            row.put(QUOTE, c.quote());
            row.put(PAGE, c.page() == null ? null : (long) c.page());
            row.put(START, (long) c.start());
            row.put(END, (long) c.end());
            row.put(SEARCH_TEXT, FactText.of(fact, c));
            rows.add(row);
        }
        return rows;
    }
}
