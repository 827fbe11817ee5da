package dev.citegraph.dsl.render;

import dev.citegraph.dsl.ast.ShowTarget;
import dev.citegraph.dsl.plan.Plan;

import java.util.ArrayList;
import java.util.List;

import static dev.citegraph.graph.store.GraphSchema.DOCUMENT;
import static dev.citegraph.graph.store.GraphSchema.ENTITY;
import static dev.citegraph.graph.store.GraphSchema.FACT;
import static dev.citegraph.graph.store.GraphSchema.OBJECT;
import static dev.citegraph.graph.store.GraphSchema.SECTION;
import static dev.citegraph.graph.store.GraphSchema.SUBJECT;

/** The Cypher of {@code show ...}: what the graph holds. */
final class CypherListings {
    private CypherListings() {
    }

    static String render(Plan.ListingPlan plan) {
        List<String> lines = new ArrayList<>();
        String matching = plan.matching().map(m -> "$" + m.name()).orElse(null);
        switch (plan.target()) {
            case PREDICATES -> {
                lines.add("MATCH (f:" + FACT + CypherRenderer.status(plan.status()) + ")");
                if (matching != null) lines.add("WHERE f.predicate CONTAINS " + matching);
                lines.add("RETURN f.predicate AS predicate, count(DISTINCT f) AS facts");
                lines.add("ORDER BY predicate");
            }
            case ENTITIES -> {
                lines.add("MATCH (e:" + ENTITY + ")<-[:" + SUBJECT + "|" + OBJECT + "]-(f:" + FACT
                        + CypherRenderer.status(plan.status()) + ")");
                if (matching != null) lines.add("WHERE toLower(e.name) CONTAINS " + matching);
                lines.add("RETURN e.name AS name, e.kind AS kind, count(DISTINCT f) AS facts");
                lines.add("ORDER BY name, kind");
            }
            case DOCUMENTS -> {
                lines.add("MATCH (d:" + DOCUMENT + ")");
                if (matching != null) {
                    lines.add("WHERE toLower(d.id) CONTAINS " + matching + " OR toLower(d.title) CONTAINS " + matching);
                }
                lines.add("RETURN d.id AS id, d.title AS title, d.pages AS pages");
                lines.add("ORDER BY id");
            }
            case SECTIONS -> {
                lines.add("MATCH (s:" + SECTION + ")");
                List<String> where = new ArrayList<>();
                plan.document().ifPresent(d -> where.add("toLower(s.documentId) = $" + d.name()));
                if (matching != null) {
                    where.add("(toLower(s.title) CONTAINS " + matching + " OR toLower(s.text) CONTAINS " + matching + ")");
                }
                if (!where.isEmpty()) lines.add("WHERE " + String.join(" AND ", where));
                lines.add("RETURN s.documentId AS document, s.number AS number, s.title AS title, "
                        + "s.pageStart AS page, s.text AS text");
                lines.add("ORDER BY document, number, title");
            }
        }
        // Sections are sorted by their numbering (3.2 before 3.10) and cut to the limit by the answer, not here.
        if (plan.target() != ShowTarget.SECTIONS) plan.limit().ifPresent(n -> lines.add("LIMIT " + n));
        return String.join("\n", lines);
    }
}
