package dev.citegraph.graph.neo4j;

import dev.citegraph.graph.query.GraphQuery;
import dev.citegraph.graph.query.ListingKind;
import dev.citegraph.graph.query.Param;
import dev.citegraph.graph.query.StatusFilter;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RenderedCypherTest {
    @Test
    void rendersEachQueryShapeOnceWhateverInstanceAsksForIt() {
        RenderedCypher rendered = new RenderedCypher();

        String first = rendered.cypher(documents(Optional.of(4)));

        assertThat(rendered.cypher(documents(Optional.of(4)))).isSameAs(first)
                .isEqualTo(CypherRenderer.render(documents(Optional.of(4))));
        assertThat(rendered.cypher(documents(Optional.empty()))).isNotSameAs(first);
    }

    @Test
    void forgetsTheLeastRecentlyUsedShapesPastItsSize() {
        RenderedCypher rendered = new RenderedCypher();
        String kept = rendered.cypher(documents(Optional.of(0)));
        String forgotten = rendered.cypher(documents(Optional.of(1)));

        for (int limit = 2; limit <= RenderedCypher.SHAPES; limit++) {
            rendered.cypher(documents(Optional.of(0)));
            rendered.cypher(documents(Optional.of(limit)));
        }

        assertThat(rendered.cypher(documents(Optional.of(0)))).isSameAs(kept);
        assertThat(rendered.cypher(documents(Optional.of(1)))).isNotSameAs(forgotten).isEqualTo(forgotten);
    }

    private static GraphQuery.Listing documents(Optional<Integer> limit) {
        return new GraphQuery.Listing(ListingKind.DOCUMENTS, Optional.empty(), Optional.of(new Param("text0")),
                StatusFilter.ALL, limit);
    }
}
