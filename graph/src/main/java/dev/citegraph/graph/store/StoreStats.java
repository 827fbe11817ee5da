package dev.citegraph.graph.store;

import dev.citegraph.graph.model.FactStatus;

import java.util.Map;

/** What a store holds, by kind. */
public record StoreStats(long documents, long sections, long entities, long citations,
                         Map<FactStatus, Long> factsByStatus) {
    public StoreStats {
        factsByStatus = Map.copyOf(factsByStatus);
    }

    public long facts() {
        return factsByStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
