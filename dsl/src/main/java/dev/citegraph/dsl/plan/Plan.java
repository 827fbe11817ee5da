package dev.citegraph.dsl.plan;

import dev.citegraph.dsl.ast.AggregateFunction;
import dev.citegraph.dsl.ast.ShowTarget;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a query does, independent of the store language. The Cypher and the SPARQL renderer each turn a plan into
 * text whose every value is a {@link Slot}.
 */
public sealed interface Plan {

    /** Every parameter the rendered queries use, in order of appearance. */
    List<Slot> slots();

    <R> R accept(Visitor<R> visitor);

    interface Visitor<R> {
        R visitFacts(FactsPlan plan);

        R visitMatch(MatchPlan plan);

        R visitAggregate(AggregatePlan plan);

        R visitCompare(ComparePlan plan);

        R visitListing(ListingPlan plan);
    }

    /** The facts whose subject or object is one entity, ordered by predicate. */
    record FactsPlan(Slot entity, Optional<ScopePlan> scope, StatusFilter status, Optional<Integer> limit,
                     List<Slot> slots) implements Plan {
        public FactsPlan {
            Objects.requireNonNull(entity, "entity");
            slots = List.copyOf(slots);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitFacts(this);
        }
    }

    /** Rows of facts, one per pattern, joined on shared variables; the outputs say how to show them. */
    record MatchPlan(Body body, List<OrderPlan> order, Optional<Integer> limit, List<Output> outputs,
                     List<Slot> slots) implements Plan {
        public MatchPlan {
            Objects.requireNonNull(body, "body");
            order = List.copyOf(order);
            outputs = List.copyOf(outputs);
            slots = List.copyOf(slots);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitMatch(this);
        }
    }

    /**
     * An aggregate of one variable over the body's rows, per group. {@code citedPattern} is the pattern whose facts
     * are cited for each group (and whose citing documents {@code group by document} means).
     */
    record AggregatePlan(Body body, AggregateFunction function, Target target, int citedPattern,
                         Optional<Grouping> group, List<OrderPlan> order, Optional<Integer> limit,
                         List<Slot> slots) implements Plan {
        public AggregatePlan {
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(function, "function");
            Objects.requireNonNull(target, "target");
            order = List.copyOf(order);
            slots = List.copyOf(slots);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitAggregate(this);
        }
    }

    /** A pivot: one column per subject (an entity, or a document), one row per predicate. */
    record ComparePlan(boolean documents, List<Slot> subjects, List<Slot> predicates, Optional<ScopePlan> scope,
                       StatusFilter status, List<Slot> slots) implements Plan {
        public ComparePlan {
            subjects = List.copyOf(subjects);
            predicates = List.copyOf(predicates);
            slots = List.copyOf(slots);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitCompare(this);
        }
    }

    /** What the graph holds: predicates, entities, documents or sections, optionally narrowed. */
    record ListingPlan(ShowTarget target, Optional<Slot> document, Optional<Slot> matching, StatusFilter status,
                       Optional<Integer> limit, List<Slot> slots) implements Plan {
        public ListingPlan {
            Objects.requireNonNull(target, "target");
            slots = List.copyOf(slots);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitListing(this);
        }
    }
}
