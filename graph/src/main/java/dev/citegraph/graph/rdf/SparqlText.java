package dev.citegraph.graph.rdf;

import dev.citegraph.graph.store.GraphSchema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The lines of a SPARQL group pattern, and the select around them. */
final class SparqlText {
    static final List<String> PREFIXES = List.of(
            "PREFIX cg: <" + GraphSchema.NS + ">",
            "PREFIX prov: <" + GraphSchema.PROV_NS + ">",
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>");

    private final List<String> body = new ArrayList<>();

    void triple(String triple) {
        body.add("  " + triple + " .");
    }

    void line(String line) {
        body.add("  " + line);
    }

    List<String> body() {
        return List.copyOf(body);
    }

    String select(String select, String orderBy, Optional<Integer> limit) {
        List<String> lines = new ArrayList<>(PREFIXES);
        lines.add(select);
        lines.add("WHERE {");
        lines.addAll(body);
        lines.add("}");
        if (!orderBy.isEmpty()) lines.add(orderBy);
        limit.ifPresent(n -> lines.add("LIMIT " + n));
        return String.join("\n", lines);
    }
}
