package dev.citegraph.graph.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The patterns and filters shared by match and aggregate queries. Pattern i's fact is called f{i}; the absences
 * (patterns no fact may match) are numbered after the patterns. Some required patterns may form a union, whose rows
 * match one branch; the filters on a branch's patterns hold within it, the others on every row.
 */
public record Body(List<Pattern> patterns, List<Filter> filters, List<Absence> absences, Optional<Union> union,
                   Optional<Scope> scope, StatusFilter status) {
    public Body(List<Pattern> patterns, List<Filter> filters, Optional<Scope> scope, StatusFilter status) {
        this(patterns, filters, List.of(), scope, status);
    }

    public Body(List<Pattern> patterns, List<Filter> filters, List<Absence> absences, Optional<Scope> scope,
                StatusFilter status) {
        this(patterns, filters, absences, Optional.empty(), scope, status);
    }

    public Body {
        patterns = List.copyOf(patterns);
        filters = List.copyOf(filters);
        absences = List.copyOf(absences);
        Objects.requireNonNull(union, "union");
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
        for (int pattern : union.map(Union::patterns).orElse(List.of())) {
            if (pattern >= patterns.size() || patterns.get(pattern).optional()) {
                throw new IllegalArgumentException("a union's patterns are required patterns of the body: " + pattern);
            }
        }
    }

    /** The same body with other filters: the union's filters are found again by their patterns. */
    public Body withFilters(List<Filter> others) {
        return new Body(patterns, others, absences, union, scope, status);
    }

    /** The same body with another scope. */
    public Body withScope(Optional<Scope> other) {
        return new Body(patterns, filters, absences, union, other, status);
    }

    /** The same body without its 'not' patterns. */
    public Body withoutAbsences() {
        return new Body(patterns, filters, List.of(), union, scope, status);
    }

    /** Whether a pattern is one of the union's, so a row may have no fact for it. */
    public boolean inUnion(int pattern) {
        return union.filter(u -> u.contains(pattern)).isPresent();
    }

    /**
     * The facts a value variable is taken from: for one a union binds, the pattern binding it in each branch, in
     * branch order (a row has the fact of one); otherwise its own pattern.
     */
    public List<Integer> valuePlaces(Target.ValueTarget value) {
        if (!inUnion(value.pattern())) return List.of(value.pattern());
        return union.get().branches().stream().map(branch -> branch.stream()
                .filter(i -> patterns.get(i).object() instanceof Pattern.ValueVariable v
                        && v.name().equals(value.variable()))
                .findFirst().orElseThrow(() -> new IllegalStateException("a branch does not bind ?"
                        + value.variable()))).toList();
    }

    /** The union branch a filter holds in: the branch of the pattern it tests; empty for a filter on every row. */
    public Optional<Integer> branchOf(Filter filter) {
        Optional<Integer> pattern = filter.match(n -> Optional.of(n.pattern()), t -> t.target().match(
                e -> Optional.<Integer>empty(), v -> Optional.of(v.pattern()), p -> Optional.of(p.pattern())),
                q -> Optional.of(q.pattern()));
        return pattern.flatMap(p -> union.flatMap(u -> u.branchOf(p)));
    }

    /**
     * Whether a filter tests an optional pattern's fact, and so belongs with that pattern: only qualifiers do (the
     * analyser refuses other conditions on what may be missing).
     */
    public boolean onOptionalPattern(Filter filter) {
        return filter instanceof Filter.QualifierFilter q && patterns.get(q.pattern()).optional();
    }
}
