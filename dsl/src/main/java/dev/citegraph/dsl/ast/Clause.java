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

    /**
     * {@code (?m uses "MLA" . ?m uses "DeepSeekMoE") or ?m uses "FP8 mixed precision"}: the rows of any one of the
     * groups, each a conjunction of patterns and conditions on them (a bare pattern is a group of one). Groups are
     * not nested, and hold neither optional nor 'not' patterns: those extend or filter the rows of the whole match.
     */
    record Union(Position position, List<Group> groups) implements Clause {
        public Union {
            groups = List.copyOf(groups);
            if (groups.size() < 2) throw new IllegalArgumentException("a union needs two groups");
        }
    }

    /** One side of a union: its clauses, none of them a union, an optional or a 'not' pattern. */
    record Group(Position position, List<Clause> clauses) implements Node {
        public Group {
            clauses = List.copyOf(clauses);
            if (clauses.isEmpty()) throw new IllegalArgumentException("a group needs a clause");
            for (Clause clause : clauses) {
                if (clause instanceof Union || clause instanceof Absent
                        || clause instanceof Pattern p && p.optional()
                        || clause instanceof Alternatives a && a.patterns().get(0).optional()) {
                    throw new IllegalArgumentException("a group holds required patterns and conditions only");
                }
            }
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
