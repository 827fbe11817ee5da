package dev.citegraph.graph.query;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** A condition on the rows of a body. */
public sealed interface Filter {

    /** One function per kind: a new kind fails to compile wherever filters are handled. */
    <T> T match(Function<NumberFilter, T> number, Function<TextFilter, T> text,
                Function<QualifierFilter, T> qualifier);

    /** The numeric value of fact f{pattern} compared with a number, in one of the unit spellings given (any if none). */
    record NumberFilter(int pattern, NumberComparison comparison, Param number, List<Param> units) implements Filter {
        public NumberFilter {
            Objects.requireNonNull(comparison, "comparison");
            Objects.requireNonNull(number, "number");
            units = List.copyOf(units);
        }

        @Override
        public <T> T match(Function<NumberFilter, T> number, Function<TextFilter, T> text,
                           Function<QualifierFilter, T> qualifier) {
            return number.apply(this);
        }
    }

    /** Text equality (an entity by key, anything else case-insensitively) or a case-insensitive substring. */
    record TextFilter(Target target, TextOperator operator, Param text) implements Filter {
        public TextFilter {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(text, "text");
        }

        @Override
        public <T> T match(Function<NumberFilter, T> number, Function<TextFilter, T> text,
                           Function<QualifierFilter, T> qualifier) {
            return text.apply(this);
        }
    }

    /** Fact f{pattern} carries the qualifier. */
    record QualifierFilter(int pattern, Qualifier qualifier) implements Filter {
        public QualifierFilter {
            Objects.requireNonNull(qualifier, "qualifier");
        }

        @Override
        public <T> T match(Function<NumberFilter, T> number, Function<TextFilter, T> text,
                           Function<QualifierFilter, T> qualifier) {
            return qualifier.apply(this);
        }
    }

    enum TextOperator { EQUALS, NOT_EQUALS, CONTAINS }
}
