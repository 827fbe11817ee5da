package dev.citegraph.queries.query;

import dev.citegraph.graph.store.GraphStore;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The reference's examples on a Jena TDB2 store. */
class TdbQueryLanguageReferenceTest extends QueryLanguageReferenceContract {
    @RegisterExtension
    static final GoldenGraphStore golden = GoldenGraphStore.tdb();

    @Override
    protected GraphStore store() {
        return golden.store();
    }

    @Override
    protected boolean records() {
        return true;
    }
}
