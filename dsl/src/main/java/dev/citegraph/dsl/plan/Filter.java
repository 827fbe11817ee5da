package dev.citegraph.dsl.plan;

import dev.citegraph.dsl.ast.Comparator;

import java.util.List;
import java.util.Objects;

/** A condition on the rows of a body. */
public sealed interface Filter {

    /** The numeric value of fact f{pattern} compared with a number, in one of the units given (any unit if none). */
    record NumberFilter(int pattern, Comparator comparator, Slot number, List<Slot> units) implements Filter {
        public NumberFilter {
            Objects.requireNonNull(comparator, "comparator");
            Objects.requireNonNull(number, "number");
            units = List.copyOf(units);
        }
    }

    /** Text equality (an entity by key, anything else case-insensitively) or a case-insensitive substring. */
    record TextFilter(Target target, TextOperator operator, Slot text) implements Filter {
        public TextFilter {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(text, "text");
        }
    }

    enum TextOperator { EQUALS, NOT_EQUALS, CONTAINS }
}
