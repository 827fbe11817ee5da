package dev.citegraph.dsl.names;

import dev.citegraph.graph.store.GraphSchema;
import dev.citegraph.graph.store.StoreQuery;

import java.util.List;
import java.util.Map;

/** The store queries a catalog runs, in both languages, parameters only. */
public final class CatalogQueries {
    private static final String PREFIXES = "PREFIX cg: <" + GraphSchema.NS + ">\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";

    private CatalogQueries() {
    }

    /** One row with column {@code n}: how many names have this key. */
    public static StoreQuery entityKey(String key) {
        return new StoreQuery("MATCH (n:" + GraphSchema.NAME + " {key: $key}) RETURN count(n) AS n",
                PREFIXES + "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e cg:nameKey $key . }",
                Map.of("key", key), List.of("n"));
    }

    /** Column {@code name}: every entity's canonical name. */
    public static StoreQuery entityNames() {
        return new StoreQuery("MATCH (e:" + GraphSchema.ENTITY + ") RETURN DISTINCT e.name AS name",
                PREFIXES + "SELECT DISTINCT ?name WHERE { ?e a cg:Entity ; rdfs:label ?name . }",
                Map.of(), List.of("name"));
    }

    /** Column {@code predicate}: every stored predicate. */
    public static StoreQuery predicates() {
        return new StoreQuery("MATCH (f:" + GraphSchema.FACT + ") RETURN DISTINCT f.predicate AS predicate",
                PREFIXES + "SELECT DISTINCT ?predicate WHERE { ?f a cg:Fact ; cg:predicate ?predicate . }",
                Map.of(), List.of("predicate"));
    }

    /** Column {@code id}: every document id. */
    public static StoreQuery documentIds() {
        return new StoreQuery("MATCH (d:" + GraphSchema.DOCUMENT + ") RETURN d.id AS id",
                PREFIXES + "SELECT ?id WHERE { ?d a cg:Document ; cg:id ?id . }",
                Map.of(), List.of("id"));
    }
}
