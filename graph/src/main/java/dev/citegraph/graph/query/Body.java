package dev.citegraph.graph.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The patterns and filters shared by match and aggregate queries. Pattern i's fact is called f{i}; the absences
 * (patterns no fact may match) are numbered after the patterns.
 */
public record Body(List<Pattern> patterns, List<Filter> filters, List<Absence> absences, Optional<Scope> scope,
                   StatusFilter status) {
    public Body(List<Pattern> patterns, List<Filter> filters, Optional<Scope> scope, StatusFilter status) {
        this(patterns, filters, List.of(), scope, status);
    }

    public Body {
        patterns = List.copyOf(patterns);
        filters = List.copyOf(filters);
        absences = List.copyOf(absences);
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(status, "status");
        if (patterns.isEmpty()) throw new IllegalArgumentException("a body needs at least one pattern");
        for (int i = 0; i < patterns.size(); i++) {
            if (patterns.get(i).index() != i) throw new IllegalArgumentException("pattern " + i + " is numbered "
                    + patterns.get(i).index());
        }
        for (int i = 0; i < absences.size(); i++) {
            if (absences.get(i).pattern().index() != patterns.size() + i) {
                throw new IllegalArgumentException("absence " + i + " is numbered " + absences.get(i).pattern().index());
            }
        }
        if (patterns.get(0).optional()) throw new IllegalArgumentException("an optional pattern extends required ones");
    }

    /**
     * Whether a filter tests an optional pattern's fact, and so belongs with that pattern: only qualifiers do (the
     * analyser refuses other conditions on what may be missing).
     */
    public boolean onOptionalPattern(Filter filter) {
        return filter instanceof Filter.QualifierFilter q && patterns.get(q.pattern()).optional();
    }
}
