package dev.citegraph.dsl.ast;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One conjunct of a match: a fact pattern or a condition on a variable. */
public sealed interface Clause extends Node {

    /**
     * {@code subject predicate object [qualifiers]}, e.g. {@code ?m uses "MLA"} or
     * {@code ?m training_cost ?c [stage = "pre-training"]}. An optional pattern keeps the row when no fact matches it.
     */
    record Pattern(Position position, Term subject, PredicateRef predicate, Term object, List<Qualifier> qualifiers,
                   boolean optional) implements Clause {
        public Pattern {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(predicate, "predicate");
            Objects.requireNonNull(object, "object");
            qualifiers = List.copyOf(qualifiers);
        }

        public Pattern(Position position, Term subject, PredicateRef predicate, Term object, List<Qualifier> qualifiers) {
            this(position, subject, predicate, object, qualifiers, false);
        }
    }

    /**
     * {@code ?m training_cost ?c or ?m training_compute ?c}: a fact matching any of the patterns, which differ only in
     * their predicate.
     */
    record Alternatives(Position position, List<Pattern> patterns) implements Clause {
        public Alternatives {
            patterns = List.copyOf(patterns);
            if (patterns.size() < 2) throw new IllegalArgumentException("alternatives need two patterns");
        }
    }

    /** {@code not ?m uses "MLA"}: no verified fact matches the pattern for the row's bindings. */
    record Absent(Position position, Pattern pattern) implements Clause {
        public Absent {
            Objects.requireNonNull(pattern, "pattern");
        }
    }

    /** {@code ?c > 1M "GPU hours"}, {@code ?p > 100 billion}: the unit, when given, must match the fact's unit. */
    record Comparison(Position position, Variable variable, Comparator comparator, Operand operand,
                      Optional<UnitPhrase> unit) implements Clause {
        public Comparison {
            Objects.requireNonNull(variable, "variable");
            Objects.requireNonNull(comparator, "comparator");
            Objects.requireNonNull(operand, "operand");
        }
    }

    /** {@code ?x contains "fp8"}, case-insensitive. */
    record Contains(Position position, Variable variable, Argument text) implements Clause {
        public Contains {
            Objects.requireNonNull(variable, "variable");
            Objects.requireNonNull(text, "text");
        }
    }
}
