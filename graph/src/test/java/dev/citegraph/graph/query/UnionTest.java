package dev.citegraph.graph.query;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A union's branches are apart and made of the body's required patterns; its filters are found by their patterns. */
class UnionTest {
    private static final Pattern REQUIRED_0 = pattern(0, false);
    private static final Pattern REQUIRED_1 = pattern(1, false);

    @Test
    void refusesAPatternInTwoBranchesAndABranchAlone() {
        assertThatThrownBy(() -> new Union(List.of(List.of(0), List.of(0, 1))))
                .hasMessage("pattern 0 is in two branches");
        assertThatThrownBy(() -> new Union(List.of(List.of(0)))).hasMessage("a union needs two branches");
        assertThatThrownBy(() -> new Union(List.of(List.of(0), List.of()))).hasMessage("a branch needs a pattern");
    }

    @Test
    void refusesAnOptionalPatternInAUnion() {
        Optional<Union> union = Optional.of(new Union(List.of(List.of(0), List.of(1))));
        assertThatThrownBy(() -> new Body(List.of(REQUIRED_0, pattern(1, true)), List.of(), List.of(), union,
                Optional.empty(), StatusFilter.ALL)).hasMessageContaining("required patterns of the body: 1");
    }

    @Test
    void aFilterHoldsInTheBranchOfItsPatternAndAnEntityConditionOnEveryRow() {
        Filter onSecond = new Filter.NumberFilter(1, NumberComparison.GT, new Param("num0"), List.of());
        Filter onEntity = new Filter.TextFilter(new Target.EntityTarget("m"), Filter.TextOperator.CONTAINS,
                new Param("text0"));
        Body body = new Body(List.of(REQUIRED_0, REQUIRED_1), List.of(onSecond, onEntity), List.of(),
                Optional.of(new Union(List.of(List.of(0), List.of(1)))), Optional.empty(), StatusFilter.ALL);

        assertThat(body.branchOf(onSecond)).contains(1);
        assertThat(body.branchOf(onEntity)).isEmpty();
        assertThat(body.withFilters(List.of()).union()).isEqualTo(body.union());
    }

    private static Pattern pattern(int index, boolean optional) {
        return new Pattern(index, new Pattern.EntityVariable("m"), Optional.of(new Param("pred" + index)), List.of(),
                new Pattern.ValueVariable("c"), optional);
    }
}
