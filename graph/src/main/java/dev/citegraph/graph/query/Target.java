package dev.citegraph.graph.query;

import java.util.Objects;
import java.util.function.Function;

/** What a filter, an order key, a group or an output refers to. */
public sealed interface Target {

    /** The variable the user wrote, for headers and plan text. */
    String variable();

    /** One function per kind: a new kind fails to compile wherever targets are handled. */
    <T> T match(Function<EntityTarget, T> entity, Function<ValueTarget, T> value,
                Function<PredicateTarget, T> predicate);

    /** An entity variable: compared by key, shown and ordered by name. */
    record EntityTarget(String variable) implements Target {
        public EntityTarget {
            Objects.requireNonNull(variable, "variable");
        }

        @Override
        public <T> T match(Function<EntityTarget, T> entity, Function<ValueTarget, T> value,
                           Function<PredicateTarget, T> predicate) {
            return entity.apply(this);
        }
    }

    /** The object of fact f{pattern}: numbers by value, texts by their text. */
    record ValueTarget(String variable, int pattern) implements Target {
        public ValueTarget {
            Objects.requireNonNull(variable, "variable");
        }

        @Override
        public <T> T match(Function<EntityTarget, T> entity, Function<ValueTarget, T> value,
                           Function<PredicateTarget, T> predicate) {
            return value.apply(this);
        }
    }

    /** The predicate of fact f{pattern}. */
    record PredicateTarget(String variable, int pattern) implements Target {
        public PredicateTarget {
            Objects.requireNonNull(variable, "variable");
        }

        @Override
        public <T> T match(Function<EntityTarget, T> entity, Function<ValueTarget, T> value,
                           Function<PredicateTarget, T> predicate) {
            return predicate.apply(this);
        }
    }
}
