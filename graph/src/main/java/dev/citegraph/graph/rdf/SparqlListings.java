package dev.citegraph.graph.rdf;

import dev.citegraph.graph.query.ListingKind;
import dev.citegraph.graph.query.GraphQuery;

import java.util.Optional;

/** The SPARQL of {@code show ...}: what the graph holds. */
final class SparqlListings {
    private SparqlListings() {
    }

    static String render(GraphQuery.Listing plan) {
        SparqlText q = new SparqlText();
        String matching = plan.matching().map(m -> "$" + m.name()).orElse(null);
        String select = "";
        String tail = "";
        switch (plan.kind()) {
            case PREDICATES -> {
                q.triple("?fn cg:predicate ?predicate");
                SparqlRenderer.status(q, "?fn", plan.status());
                if (matching != null) q.line("FILTER(CONTAINS(?predicate, " + matching + "))");
                select = "SELECT ?predicate (COUNT(DISTINCT ?fn) AS ?facts)";
                tail = "GROUP BY ?predicate\nORDER BY ?predicate";
            }
            case ENTITIES -> {
                q.triple("?fn cg:subject|cg:object ?e");
                SparqlRenderer.status(q, "?fn", plan.status());
                q.triple("?e rdfs:label ?name");
                q.triple("?e cg:kind ?kind");
                if (matching != null) q.line("FILTER(CONTAINS(LCASE(?name), " + matching + "))");
                select = "SELECT ?name ?kind (COUNT(DISTINCT ?fn) AS ?facts)";
                tail = "GROUP BY ?name ?kind\nORDER BY ?name ?kind";
            }
            case DOCUMENTS -> {
                q.triple("?d a cg:Document");
                q.triple("?d cg:id ?id");
                q.triple("?d rdfs:label ?title");
                q.line("OPTIONAL { ?d cg:pages ?pages }");
                if (matching != null) {
                    q.line("FILTER(CONTAINS(LCASE(?id), " + matching + ") || CONTAINS(LCASE(?title), " + matching + "))");
                }
                select = "SELECT ?id ?title ?pages";
                tail = "ORDER BY ?id";
            }
            case SECTIONS -> {
                q.triple("?s a cg:Section");
                q.triple("?s cg:document ?d");
                q.triple("?d cg:id ?document");
                q.triple("?s cg:number ?number");
                q.triple("?s rdfs:label ?title");
                q.triple("?s cg:text ?text");
                q.line("OPTIONAL { ?s cg:pageStart ?page }");
                plan.document().ifPresent(d -> q.line("FILTER(LCASE(?document) = $" + d.name() + ")"));
                if (matching != null) {
                    q.line("FILTER(CONTAINS(LCASE(?title), " + matching + ") || CONTAINS(LCASE(?text), " + matching + "))");
                }
                select = "SELECT ?document ?number ?title ?page ?text";
                tail = "ORDER BY ?document ?number ?title";
            }
        }
        // Sections are sorted by their numbering (3.2 before 3.10) and cut to the limit by the reader, not here.
        return q.select(select, tail, plan.kind() == ListingKind.SECTIONS ? Optional.empty() : plan.limit());
    }
}
