package dev.citegraph.dsl.plan;

import java.util.Objects;

/** What an aggregate groups by. */
public sealed interface Grouping {

    /** The documents citing the facts of the aggregate's cited pattern. */
    record ByDocument() implements Grouping {
    }

    record ByTarget(Target target) implements Grouping {
        public ByTarget {
            Objects.requireNonNull(target, "target");
        }
    }
}
