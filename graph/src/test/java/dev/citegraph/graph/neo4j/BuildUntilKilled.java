package dev.citegraph.graph.neo4j;

import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.store.GraphStores;
import dev.citegraph.graph.store.StoreConfig;
import dev.citegraph.graph.synthetic.SyntheticReports;

import java.nio.file.Path;

/**
 * A build run in a child JVM by {@link KilledBuildTest}: writes large synthetic documents one after another into the
 * embedded store at {@code args[0]}, announcing each write before it starts and after it commits, until killed.
 */
public final class BuildUntilKilled {
    static final SyntheticReports REPORTS = new SyntheticReports(40, 10_000, 2_000, 100);
    static final String WRITING = "writing ";
    static final String COMMITTED = "committed ";

    private BuildUntilKilled() {
    }

    public static void main(String[] args) {
        try (GraphStore store = GraphStores.open(StoreConfig.embedded(Path.of(args[0])))) {
            for (int d = 0; d < Integer.parseInt(args[1]); d++) {
                System.out.println(WRITING + d);
                store.replaceDocument(REPORTS.document(d), REPORTS.sections(d), REPORTS.facts(d));
                System.out.println(COMMITTED + d);
            }
        }
    }
}
