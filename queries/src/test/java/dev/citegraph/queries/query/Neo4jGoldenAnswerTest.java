package dev.citegraph.queries.query;

import dev.citegraph.graph.store.GraphStore;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The golden answers on the embedded Neo4j, over Bolt. */
class Neo4jGoldenAnswerTest extends GoldenAnswerContract {
    @RegisterExtension
    static final GoldenGraphStore golden = GoldenGraphStore.embeddedNeo4j();

    @Override
    protected GraphStore store() {
        return golden.store();
    }

    @Override
    protected boolean records() {
        return true;
    }
}
