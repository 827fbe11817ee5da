package dev.citegraph.graph.neo4j;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

import java.util.List;

import static dev.citegraph.graph.store.GraphSchema.CITATION_TEXT_INDEX;
import static dev.citegraph.graph.store.GraphSchema.CITES;
import static dev.citegraph.graph.store.GraphSchema.DOCUMENT;
import static dev.citegraph.graph.store.GraphSchema.DOCUMENT_ID;
import static dev.citegraph.graph.store.GraphSchema.ENTITY;
import static dev.citegraph.graph.store.GraphSchema.ENTITY_NAME;
import static dev.citegraph.graph.store.GraphSchema.FACT;
import static dev.citegraph.graph.store.GraphSchema.ID;
import static dev.citegraph.graph.store.GraphSchema.KEY;
import static dev.citegraph.graph.store.GraphSchema.NAME;
import static dev.citegraph.graph.store.GraphSchema.PREDICATE;
import static dev.citegraph.graph.store.GraphSchema.SEARCH_TEXT;
import static dev.citegraph.graph.store.GraphSchema.SECTION;
import static dev.citegraph.graph.store.GraphSchema.STATUS;

/**
 * Constraints and indexes of the property graph described in {@link dev.citegraph.graph.store.GraphSchema}. Every
 * statement is idempotent, so two processes opening one store at once both succeed. The Cypher-DSL builds no schema
 * commands, so they are written here from GraphSchema's names, which are identifiers of our own, never user text.
 */
final class Neo4jSchema {
    /** One constraint or index: its name, what it covers, and the DDL that creates it if missing. */
    record Definition(String name, String cypher) {
        static Definition unique(String name, String label, String property) {
            return new Definition(name, "CREATE CONSTRAINT %s IF NOT EXISTS FOR (n:%s) REQUIRE n.%s IS UNIQUE"
                    .formatted(name, label, property));
        }

        static Definition nodeIndex(String name, String label, String property) {
            return new Definition(name, "CREATE INDEX %s IF NOT EXISTS FOR (n:%s) ON (n.%s)"
                    .formatted(name, label, property));
        }

        static Definition relationshipIndex(String name, String type, String property) {
            return new Definition(name, "CREATE INDEX %s IF NOT EXISTS FOR ()-[r:%s]-() ON (r.%s)"
                    .formatted(name, type, property));
        }

        // The text is already our own words (FactText), so the analyzer only splits at spaces: a term means the
        // same here as in the TDB2 store's Lucene index.
        static Definition relationshipFullText(String name, String type, String property) {
            return new Definition(name, ("CREATE FULLTEXT INDEX %s IF NOT EXISTS FOR ()-[r:%s]-() ON EACH [r.%s] "
                    + "OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}}").formatted(name, type, property));
        }
    }

    static final List<Definition> DEFINITIONS = List.of(
            Definition.unique("document_id", DOCUMENT, ID),
            Definition.unique("section_id", SECTION, ID),
            Definition.unique("entity_id", ENTITY, ID),
            Definition.unique("name_key", NAME, KEY),
            Definition.unique("fact_id", FACT, ID),
            Definition.nodeIndex("section_document", SECTION, DOCUMENT_ID),
            Definition.nodeIndex("entity_name", ENTITY, ENTITY_NAME),
            Definition.nodeIndex("fact_predicate", FACT, PREDICATE),
            Definition.nodeIndex("fact_status", FACT, STATUS),
            Definition.relationshipIndex("cites_document", CITES, DOCUMENT_ID),
            Definition.relationshipFullText(CITATION_TEXT_INDEX, CITES, SEARCH_TEXT));

    private Neo4jSchema() {
    }

    static void create(Driver driver, String database) {
        try (var session = driver.session(SessionConfig.forDatabase(database))) {
            for (Definition definition : DEFINITIONS) {
                session.executeWrite(tx -> tx.run(definition.cypher()).consume());
            }
            session.run("CALL db.awaitIndexes(300)").consume();
        }
    }
}
