package dev.citegraph.graph.neo4j;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

import java.util.List;

/**
 * Constraints and indexes of the property graph described in {@link dev.citegraph.graph.store.GraphSchema}. Every
 * statement is idempotent, so two processes opening one store at once both succeed.
 */
final class Neo4jSchema {
    private static final List<String> STATEMENTS = List.of(
            "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE",
            "CREATE CONSTRAINT section_id IF NOT EXISTS FOR (s:Section) REQUIRE s.id IS UNIQUE",
            "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
            "CREATE CONSTRAINT name_key IF NOT EXISTS FOR (n:Name) REQUIRE n.key IS UNIQUE",
            "CREATE CONSTRAINT fact_id IF NOT EXISTS FOR (f:Fact) REQUIRE f.id IS UNIQUE",
            "CREATE INDEX section_document IF NOT EXISTS FOR (s:Section) ON (s.documentId)",
            "CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)",
            "CREATE INDEX fact_predicate IF NOT EXISTS FOR (f:Fact) ON (f.predicate)",
            "CREATE INDEX fact_status IF NOT EXISTS FOR (f:Fact) ON (f.status)",
            "CREATE INDEX cites_document IF NOT EXISTS FOR ()-[c:CITES]-() ON (c.documentId)");

    private Neo4jSchema() {
    }

    static void create(Driver driver, String database) {
        try (var session = driver.session(SessionConfig.forDatabase(database))) {
            for (String statement : STATEMENTS) {
                session.executeWrite(tx -> tx.run(statement).consume());
            }
            session.run("CALL db.awaitIndexes(300)").consume();
        }
    }
}
