package dev.citegraph.queries.query;

import dev.citegraph.graph.store.GraphStore;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The reference's examples on the embedded Neo4j: the same answers as on TDB2. */
class Neo4jQueryLanguageReferenceTest extends QueryLanguageReferenceContract {
    @RegisterExtension
    static final GoldenGraphStore golden = GoldenGraphStore.embeddedNeo4j();

    @Override
    protected GraphStore store() {
        return golden.store();
    }
}
