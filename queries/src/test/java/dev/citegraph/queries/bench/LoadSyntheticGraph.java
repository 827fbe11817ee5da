package dev.citegraph.queries.bench;

import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.store.GraphStores;
import dev.citegraph.graph.store.StoreConfig;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Loads the {@link SyntheticGraph} of {@code args[1]} facts into the embedded store at {@code args[0]}, for
 * bench/serve-latency.sh to serve.
 */
public final class LoadSyntheticGraph {
    private LoadSyntheticGraph() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        try (GraphStore store = GraphStores.open(StoreConfig.embedded(Path.of(args[0])))) {
            new SyntheticGraph(Integer.parseInt(args[1])).load(store);
            System.out.printf(Locale.ROOT, "loaded %,d synthetic facts in %.0f s%n", store.stats().facts(),
                    (System.nanoTime() - start) / 1e9);
        }
    }
}
