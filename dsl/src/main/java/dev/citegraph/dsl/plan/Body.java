package dev.citegraph.dsl.plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The patterns and filters shared by match and aggregate plans. Pattern i's fact is called f{i}. */
public record Body(List<PatternPlan> patterns, List<Filter> filters, Optional<ScopePlan> scope, StatusFilter status) {
    public Body {
        patterns = List.copyOf(patterns);
        filters = List.copyOf(filters);
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(status, "status");
        if (patterns.isEmpty()) throw new IllegalArgumentException("a body needs at least one pattern");
    }
}
