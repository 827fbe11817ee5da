package dev.citegraph.queries.query;

import dev.citegraph.dsl.names.Catalog;
import dev.citegraph.dsl.names.CatalogQueries;
import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.store.StoreQuery;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The names in a graph store, read when a check needs them (and once per catalog). */
final class StoreCatalog implements Catalog {
    private final GraphStore store;
    private List<String> entityNames;
    private Set<String> predicates;
    private Set<String> documentIds;

    StoreCatalog(GraphStore store) {
        this.store = store;
    }

    @Override
    public boolean hasEntity(String key) {
        Object n = store.run(CatalogQueries.entityKey(key)).rows().get(0).get("n");
        return n instanceof Number number && number.longValue() > 0;
    }

    @Override
    public List<String> entityNames() {
        if (entityNames == null) entityNames = List.copyOf(column(CatalogQueries.entityNames(), "name"));
        return entityNames;
    }

    @Override
    public Set<String> predicates() {
        if (predicates == null) predicates = column(CatalogQueries.predicates(), "predicate");
        return predicates;
    }

    @Override
    public Set<String> documentIds() {
        if (documentIds == null) documentIds = column(CatalogQueries.documentIds(), "id");
        return documentIds;
    }

    private Set<String> column(StoreQuery query, String column) {
        Set<String> values = new LinkedHashSet<>();
        for (var row : store.run(query).rows()) {
            Object value = row.get(column);
            if (value != null) values.add(value.toString());
        }
        return values;
    }
}
