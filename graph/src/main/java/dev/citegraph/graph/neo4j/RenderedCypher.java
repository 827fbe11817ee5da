package dev.citegraph.graph.neo4j;

import dev.citegraph.graph.query.GraphQuery;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Cypher of each query shape, rendered once: building and rendering a statement costs about as much as running
 * a small query, and a graph query is an immutable value that holds parameter names, never values, so it is its own
 * key. The least recently used shapes are forgotten past {@link #SHAPES}.
 */
final class RenderedCypher {
    static final int SHAPES = 512;

    private final Map<GraphQuery<?>, String> texts = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<GraphQuery<?>, String> eldest) {
            return size() > SHAPES;
        }
    };

    synchronized String cypher(GraphQuery<?> query) {
        return texts.computeIfAbsent(query, CypherRenderer::render);
    }
}
