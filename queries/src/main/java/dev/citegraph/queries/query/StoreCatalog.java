package dev.citegraph.queries.query;

import dev.citegraph.dsl.names.Catalog;
import dev.citegraph.graph.query.GraphQuery;
import dev.citegraph.graph.query.Param;
import dev.citegraph.graph.store.GraphStore;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The names in a graph store, read when a check needs them (and once per catalog). */
final class StoreCatalog implements Catalog {
    private static final Param KEY = new Param("key");

    private final GraphStore store;
    private List<String> entityNames;
    private Set<String> predicates;
    private Set<String> documentIds;

    StoreCatalog(GraphStore store) {
        this.store = store;
    }

    @Override
    public boolean hasEntity(String key) {
        return store.run(new GraphQuery.NameKeyCount(KEY), Map.of(KEY.name(), key)).count() > 0;
    }

    @Override
    public List<String> entityNames() {
        if (entityNames == null) entityNames = List.copyOf(names(GraphQuery.NameKind.ENTITY_NAMES));
        return entityNames;
    }

    @Override
    public Set<String> predicates() {
        if (predicates == null) predicates = names(GraphQuery.NameKind.PREDICATES);
        return predicates;
    }

    @Override
    public Set<String> documentIds() {
        if (documentIds == null) documentIds = names(GraphQuery.NameKind.DOCUMENT_IDS);
        return documentIds;
    }

    private Set<String> names(GraphQuery.NameKind kind) {
        return new LinkedHashSet<>(store.run(new GraphQuery.AllNames(kind), Map.of()).names());
    }
}
