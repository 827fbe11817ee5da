package dev.citegraph.graph.query;

import java.util.Objects;
import java.util.function.Function;

/** One sort key; ties are always broken by fact ids so both stores return rows in the same order. */
public record OrderKey(Key key, boolean descending) {
    /** Where a fact without a number sorts among numbers, before all of them: every store must use the same value. */
    public static final double NO_NUMBER = -1.0E308;

    public OrderKey {
        Objects.requireNonNull(key, "key");
    }

    /** A variable of the body, the aggregate value, or the group key. */
    public sealed interface Key {
        /** One function per kind: a new kind fails to compile wherever keys are handled. */
        <T> T match(Function<ByTarget, T> byTarget, Function<ByAggregate, T> byAggregate,
                    Function<ByGroup, T> byGroup);
    }

    public record ByTarget(Target target) implements Key {
        public ByTarget {
            Objects.requireNonNull(target, "target");
        }

        @Override
        public <T> T match(Function<ByTarget, T> byTarget, Function<ByAggregate, T> byAggregate,
                           Function<ByGroup, T> byGroup) {
            return byTarget.apply(this);
        }
    }

    public record ByAggregate() implements Key {
        @Override
        public <T> T match(Function<ByTarget, T> byTarget, Function<ByAggregate, T> byAggregate,
                           Function<ByGroup, T> byGroup) {
            return byAggregate.apply(this);
        }
    }

    public record ByGroup() implements Key {
        @Override
        public <T> T match(Function<ByTarget, T> byTarget, Function<ByAggregate, T> byAggregate,
                           Function<ByGroup, T> byGroup) {
            return byGroup.apply(this);
        }
    }
}
