package dev.citegraph.dsl.plan;

import java.util.Objects;

/** What a filter, an order key, a group or an output refers to. */
public sealed interface Target {

    /** The variable the user wrote, for headers and plan text. */
    String variable();

    /** An entity variable: compared by key, shown and ordered by name. */
    record EntityTarget(String variable) implements Target {
        public EntityTarget {
            Objects.requireNonNull(variable, "variable");
        }
    }

    /** The object of fact f{pattern}: numbers by value, texts by their text. */
    record ValueTarget(String variable, int pattern) implements Target {
        public ValueTarget {
            Objects.requireNonNull(variable, "variable");
        }
    }

    /** The predicate of fact f{pattern}. */
    record PredicateTarget(String variable, int pattern) implements Target {
        public PredicateTarget {
            Objects.requireNonNull(variable, "variable");
        }
    }
}
