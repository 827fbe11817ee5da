package dev.citegraph.queries.query;

import dev.citegraph.graph.store.GraphStore;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The golden answers on a Jena TDB2 store through SPARQL: the same text as on Neo4j. */
class TdbGoldenAnswerTest extends GoldenAnswerContract {
    @RegisterExtension
    static final GoldenGraphStore golden = GoldenGraphStore.tdb();

    @Override
    protected GraphStore store() {
        return golden.store();
    }
}
