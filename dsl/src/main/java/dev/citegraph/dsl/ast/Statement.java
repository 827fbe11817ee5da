package dev.citegraph.dsl.ast;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What a query asks for. */
public sealed interface Statement extends Node {

    <R> R accept(Visitor<R> visitor);

    interface Visitor<R> {
        R visitFactsAbout(FactsAbout statement);

        R visitMatch(Match statement);

        R visitAggregate(Aggregate statement);

        R visitCompare(Compare statement);

        R visitConflicts(Conflicts statement);

        R visitShow(Show statement);
    }

    /** {@code facts about "DeepSeek-V3"}: every fact whose subject or object is the entity. */
    record FactsAbout(Position position, Argument entity, Optional<Scope> scope, Optional<Integer> limit)
            implements Statement {
        public FactsAbout {
            Objects.requireNonNull(entity, "entity");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitFactsAbout(this);
        }
    }

    /**
     * {@code match ?m adopts "MLA" . ?m pretraining_tokens ?t where ?t > 10T return ?m, ?t order by ?t desc};
     * {@code returned} empty means every variable, in order of appearance.
     */
    record Match(Position position, List<Clause> clauses, Optional<Scope> scope, List<Variable> returned,
                 boolean distinct, List<OrderKey> order, Optional<Integer> limit) implements Statement {
        public Match {
            clauses = List.copyOf(clauses);
            returned = List.copyOf(returned);
            order = List.copyOf(order);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitMatch(this);
        }
    }

    /** {@code count ?m where ?m uses "FP8 mixed precision training" group by document}. */
    record Aggregate(Position position, AggregateFunction function, Variable variable, List<Clause> clauses,
                     Optional<Scope> scope, Optional<GroupKey> group, List<OrderKey> order,
                     Optional<Integer> limit) implements Statement {
        public Aggregate {
            Objects.requireNonNull(function, "function");
            Objects.requireNonNull(variable, "variable");
            clauses = List.copyOf(clauses);
            order = List.copyOf(order);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitAggregate(this);
        }
    }

    /**
     * {@code compare "DeepSeek-V2", "DeepSeek-V3" on total_parameters}: a pivot, subjects as columns; qualifiers
     * ({@code on training_cost [stage = "pre-training"]}) hold for every cell.
     */
    record Compare(Position position, boolean documents, List<Argument> subjects, List<PredicateRef> predicates,
                   List<Qualifier> qualifiers, Optional<Scope> scope) implements Statement {
        public Compare {
            subjects = List.copyOf(subjects);
            predicates = List.copyOf(predicates);
            qualifiers = List.copyOf(qualifiers);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitCompare(this);
        }
    }

    /**
     * {@code conflicts about "DeepSeek-V3" on pretraining_tokens [stage = "pre-training"] in "deepseek-v3"}: the
     * statements that disagree, of every subject and predicate when neither is named.
     */
    record Conflicts(Position position, Optional<Argument> subject, List<PredicateRef> predicates,
                     List<Qualifier> qualifiers, Optional<Scope> scope, Optional<Integer> limit) implements Statement {
        public Conflicts {
            Objects.requireNonNull(subject, "subject");
            predicates = List.copyOf(predicates);
            qualifiers = List.copyOf(qualifiers);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitConflicts(this);
        }
    }

    /** {@code show predicates}, {@code show sections of "deepseek-v3" matching "FP8"}. */
    record Show(Position position, ShowTarget target, Optional<Argument> of, Optional<Argument> matching,
                Optional<Integer> limit) implements Statement {
        public Show {
            Objects.requireNonNull(target, "target");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitShow(this);
        }
    }
}
