package dev.citegraph.queries.query;

import dev.citegraph.graph.store.GraphStore;
import org.junit.jupiter.api.extension.RegisterExtension;

class Neo4jInjectionTest extends InjectionContract {
    @RegisterExtension
    static final GoldenGraphStore golden = GoldenGraphStore.embeddedNeo4j();

    @Override
    protected GraphStore store() {
        return golden.store();
    }
}
