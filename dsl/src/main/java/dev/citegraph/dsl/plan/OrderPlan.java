package dev.citegraph.dsl.plan;

import java.util.Objects;

/** One sort key; ties are always broken by fact ids so both stores return rows in the same order. */
public record OrderPlan(Key key, boolean descending) {
    public OrderPlan {
        Objects.requireNonNull(key, "key");
    }

    /** A variable of the body, the aggregate value, or the group key. */
    public sealed interface Key {
    }

    public record ByTarget(Target target) implements Key {
        public ByTarget {
            Objects.requireNonNull(target, "target");
        }
    }

    public record ByAggregate() implements Key {
    }

    public record ByGroup() implements Key {
    }
}
