package dev.citegraph.graph.neo4j;

import dev.citegraph.graph.model.Citation;
import dev.citegraph.graph.model.Document;
import dev.citegraph.graph.model.Entity;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.FactObject;
import dev.citegraph.graph.model.Section;
import dev.citegraph.graph.store.GraphSchema;
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

/** Domain objects as the parameter rows the write statements unwind. Property names follow GraphSchema. */
final class Neo4jRows {
    private Neo4jRows() {
    }

    static Map<String, Object> document(Document document) {
        return Map.of("id", document.id(), "title", document.title(), "sourcePath", document.sourcePath(),
                "sha256", document.sha256(), "pages", (long) document.pages());
    }

    static List<Map<String, Object>> sections(List<Section> sections) {
        List<Map<String, Object>> rows = new ArrayList<>(sections.size());
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            Map<String, Object> row = new HashMap<>();
            row.put("id", s.id());
            row.put("documentId", s.documentId());
            row.put("number", s.number());
            row.put("title", s.title());
            row.put("level", (long) s.level());
            row.put("pageStart", (long) s.pageStart());
            row.put("pageEnd", (long) s.pageEnd());
            row.put("text", s.text());
            row.put("textHash", s.textHash());
            row.put("parentId", s.parentId());
            row.put("ordinal", (long) i);
            row.put("pageStarts", SectionLayout.pageStartsJson(s.pageStarts()));
            row.put("tables", SectionLayout.tablesJson(s.tables()));
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
            rows.add(Map.of("id", e.id(), "name", e.name(), "kind", e.kind().name(),
                    "aliases", List.copyOf(e.aliases()), "keys", List.copyOf(keys)));
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
        props.put("id", fact.id());
        props.put("predicate", fact.predicate().name());
        props.put("surface", fact.predicate().surface());
        props.put("objectText", fact.object().display());
        props.put("qualifiers", qualifiers(fact.qualifiers()));
        StoredVerdict verdict = StoredVerdict.of(fact.verdict());
        props.put("status", verdict.status());
        props.put("reason", verdict.reason());
        props.put("method", fact.method());
        String objectId = null;
        if (fact.object() instanceof FactObject.EntityObject object) {
            props.put("objectKind", GraphSchema.OBJECT_KIND_ENTITY);
            objectId = object.entity().id();
        } else if (fact.object() instanceof FactObject.QuantityObject object) {
            props.put("objectKind", GraphSchema.OBJECT_KIND_QUANTITY);
            props.put("value", object.quantity().value().doubleValue());
            props.put("valueText", object.quantity().value().toPlainString());
            props.put("unit", object.quantity().unit());
        } else {
            props.put("objectKind", GraphSchema.OBJECT_KIND_TEXT);
        }
        Map<String, Object> row = new HashMap<>();
        row.put("id", fact.id());
        row.put("subject", elements.get(fact.subject().id()));
        row.put("object", objectId == null ? null : elements.get(objectId));
        row.put("predicate", fact.predicate().name());
        row.put("props", props);
        row.put("citations", citations(citations, elements));
        return row;
    }

    static List<String> qualifiers(Map<String, String> qualifiers) {
        List<String> list = new ArrayList<>(qualifiers.size());
        new TreeMap<>(qualifiers).forEach((k, v) -> list.add(k + "=" + v));
        return list;
    }

    private static List<Map<String, Object>> citations(List<Citation> citations, Map<String, String> elements) {
        List<Map<String, Object>> rows = new ArrayList<>(citations.size());
        for (Citation c : citations) {
            Map<String, Object> row = new HashMap<>();
            row.put("section", elements.get(c.sectionId()));
            row.put("documentId", c.documentId());
            row.put("quote", c.quote());
            row.put("page", c.page() == null ? null : (long) c.page());
            row.put("start", (long) c.start());
            row.put("end", (long) c.end());
            rows.add(row);
        }
        return rows;
    }
}
