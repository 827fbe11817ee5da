package dev.citegraph.graph.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The patterns and filters shared by match and aggregate queries. Pattern i's fact is called f{i}. */
public record Body(List<Pattern> patterns, List<Filter> filters, Optional<Scope> scope, StatusFilter status) {
    public Body {
        patterns = List.copyOf(patterns);
        filters = List.copyOf(filters);
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(status, "status");
        if (patterns.isEmpty()) throw new IllegalArgumentException("a body needs at least one pattern");
        for (int i = 0; i < patterns.size(); i++) {
            if (patterns.get(i).index() != i) throw new IllegalArgumentException("pattern " + i + " is numbered "
                    + patterns.get(i).index());
        }
    }
}
