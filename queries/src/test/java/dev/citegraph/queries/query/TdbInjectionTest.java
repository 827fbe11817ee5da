package dev.citegraph.queries.query;

import dev.citegraph.graph.store.GraphStore;
import org.junit.jupiter.api.extension.RegisterExtension;

class TdbInjectionTest extends InjectionContract {
    @RegisterExtension
    static final GoldenGraphStore golden = GoldenGraphStore.tdb();

    @Override
    protected GraphStore store() {
        return golden.store();
    }
}
