package dev.citegraph.graph.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a query asks of the graph, independent of any store language: the contract between the query compiler and
 * the stores. Each store renders it in its own language (Cypher, SPARQL) and answers with typed rows, {@code R};
 * every value travels as a {@link Param}.
 */
public sealed interface GraphQuery<R extends QueryRows> {

    /** The kind of rows this query answers with. */
    Class<R> rowsType();

    <T> T accept(Visitor<T> visitor);

    /** One method per kind of query: a new kind fails to compile in every store and printer. */
    interface Visitor<T> {
        T visitFactsAbout(FactsAbout query);

        T visitMatch(Match query);

        T visitAggregate(Aggregate query);

        T visitCompare(Compare query);

        T visitConflicts(Conflicts query);

        T visitListing(Listing query);

        T visitNameKeyCount(NameKeyCount query);

        T visitAllNames(AllNames query);
    }

    /** The facts whose subject or object is one entity, ordered by predicate: one fact per row. */
    record FactsAbout(Param entity, Optional<Scope> scope, StatusFilter status, Optional<Integer> limit)
            implements GraphQuery<QueryRows.FactRows> {
        public FactsAbout {
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(limit, "limit");
        }

        @Override
        public Class<QueryRows.FactRows> rowsType() {
            return QueryRows.FactRows.class;
        }

        @Override
        public <T> T accept(Visitor<T> visitor) {
            return visitor.visitFactsAbout(this);
        }
    }

    /**
     * Rows of facts, one per pattern, joined on shared variables; the outputs say how to show them. A distinct match
     * keeps one row per distinct set of output values: the caller merges rows, so the store does not cut them.
     */
    record Match(Body body, List<OrderKey> order, Optional<Integer> limit, List<Output> outputs, boolean distinct)
            implements GraphQuery<QueryRows.FactRows> {
        public Match(Body body, List<OrderKey> order, Optional<Integer> limit, List<Output> outputs) {
            this(body, order, limit, outputs, false);
        }

        /** The limit the store applies: none for a distinct match, whose rows are merged before they are cut. */
        public Optional<Integer> storeLimit() {
            return distinct ? Optional.empty() : limit;
        }

        public Match {
            Objects.requireNonNull(body, "body");
            order = List.copyOf(order);
            Objects.requireNonNull(limit, "limit");
            outputs = List.copyOf(outputs);
            for (OrderKey key : order) {
                if (!(key.key() instanceof OrderKey.ByTarget)) {
                    throw new IllegalArgumentException("a match orders by its variables only, not by " + key.key());
                }
            }
        }

        @Override
        public Class<QueryRows.FactRows> rowsType() {
            return QueryRows.FactRows.class;
        }

        @Override
        public <T> T accept(Visitor<T> visitor) {
            return visitor.visitMatch(this);
        }
    }

    /**
     * An aggregate of one variable over the body's rows, per group. {@code citedPattern} is the pattern whose facts
     * are cited for each group (and whose citing documents {@code group by document} means).
     */
    record Aggregate(Body body, Aggregation function, Target target, int citedPattern, Optional<Grouping> group,
                     List<OrderKey> order, Optional<Integer> limit) implements GraphQuery<QueryRows.AggregateRows> {
        public Aggregate {
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(function, "function");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(group, "group");
            order = List.copyOf(order);
            Objects.requireNonNull(limit, "limit");
            if (citedPattern < 0 || citedPattern >= body.patterns().size()) {
                throw new IllegalArgumentException("no pattern f" + citedPattern + " to cite");
            }
        }

        @Override
        public Class<QueryRows.AggregateRows> rowsType() {
            return QueryRows.AggregateRows.class;
        }

        @Override
        public <T> T accept(Visitor<T> visitor) {
            return visitor.visitAggregate(this);
        }
    }

    /**
     * A pivot: one column per subject (an entity by name key, or a document by id), one row per predicate; the cells
     * hold the facts' ids, of facts carrying every one of {@code qualifiers}. Facts of the predicates' {@code kinds}
     * fill the cells too (the caller files them under the predicate they are a kind of).
     */
    record Compare(boolean documents, List<Param> subjects, List<Param> predicates, List<Param> kinds,
                   List<Qualifier> qualifiers, Optional<Scope> scope, StatusFilter status)
            implements GraphQuery<QueryRows.CompareRows> {
        public Compare {
            subjects = List.copyOf(subjects);
            predicates = List.copyOf(predicates);
            kinds = List.copyOf(kinds);
            qualifiers = List.copyOf(qualifiers);
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(status, "status");
            if (subjects.isEmpty() || predicates.isEmpty()) {
                throw new IllegalArgumentException("a comparison needs subjects and predicates");
            }
        }

        /** The predicates and their kinds: every predicate a cell's fact may have. */
        public List<Param> allPredicates() {
            List<Param> all = new java.util.ArrayList<>(predicates);
            all.addAll(kinds);
            return all;
        }

        @Override
        public Class<QueryRows.CompareRows> rowsType() {
            return QueryRows.CompareRows.class;
        }

        @Override
        public <T> T accept(Visitor<T> visitor) {
            return visitor.visitCompare(this);
        }
    }

    /**
     * The facts that may disagree: those stating a value (a number or a text, not an entity) whose subject and
     * predicate another such fact shares, one fact per row, ordered by subject, predicate and fact id. Optionally of
     * one subject (by name key), of some predicates or their {@code kinds}, carrying {@code qualifiers}, in a scope.
     * The store only narrows the candidates: which values disagree (same qualifiers, values compared as quantities,
     * cited from different places) the caller decides by one rule, the one comparisons mark their cells with; so it
     * also applies the {@code limit}, a number of disagreements.
     */
    record Conflicts(Optional<Param> subject, List<Param> predicates, List<Param> kinds, List<Qualifier> qualifiers,
                     Optional<Scope> scope, StatusFilter status, Optional<Integer> limit)
            implements GraphQuery<QueryRows.FactRows> {
        public Conflicts {
            Objects.requireNonNull(limit, "limit");
            Objects.requireNonNull(subject, "subject");
            predicates = List.copyOf(predicates);
            kinds = List.copyOf(kinds);
            qualifiers = List.copyOf(qualifiers);
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(status, "status");
            if (predicates.isEmpty() && !kinds.isEmpty()) {
                throw new IllegalArgumentException("kinds of no predicate");
            }
        }

        /** The predicates and their kinds; empty means any predicate. */
        public List<Param> allPredicates() {
            List<Param> all = new java.util.ArrayList<>(predicates);
            all.addAll(kinds);
            return all;
        }

        @Override
        public Class<QueryRows.FactRows> rowsType() {
            return QueryRows.FactRows.class;
        }

        @Override
        public <T> T accept(Visitor<T> visitor) {
            return visitor.visitConflicts(this);
        }
    }

    /**
     * What the graph holds: predicates, entities, documents or sections, optionally narrowed by a lower-case text
     * ({@code matching}) and, for sections, a document.
     */
    record Listing(ListingKind kind, Optional<Param> document, Optional<Param> matching, StatusFilter status,
                   Optional<Integer> limit) implements GraphQuery<QueryRows.ListingRows> {
        public Listing {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(matching, "matching");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(limit, "limit");
            if (document.isPresent() && kind != ListingKind.SECTIONS) {
                throw new IllegalArgumentException("only sections are listed of a document");
            }
        }

        @Override
        public Class<QueryRows.ListingRows> rowsType() {
            return QueryRows.ListingRows.class;
        }

        @Override
        public <T> T accept(Visitor<T> visitor) {
            return visitor.visitListing(this);
        }
    }

    /** How many entities have a name (canonical or alias) with this key: the check behind "no entity named ...". */
    record NameKeyCount(Param key) implements GraphQuery<QueryRows.Count> {
        public NameKeyCount {
            Objects.requireNonNull(key, "key");
        }

        @Override
        public Class<QueryRows.Count> rowsType() {
            return QueryRows.Count.class;
        }

        @Override
        public <T> T accept(Visitor<T> visitor) {
            return visitor.visitNameKeyCount(this);
        }
    }

    /** Every distinct name of one kind the graph holds, for "did you mean". */
    record AllNames(NameKind kind) implements GraphQuery<QueryRows.Names> {
        public AllNames {
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public Class<QueryRows.Names> rowsType() {
            return QueryRows.Names.class;
        }

        @Override
        public <T> T accept(Visitor<T> visitor) {
            return visitor.visitAllNames(this);
        }
    }

    /** The names a catalog lists. */
    enum NameKind {
        /** Entities' canonical names. */
        ENTITY_NAMES,
        /** The predicates of the stored facts, of any status. */
        PREDICATES,
        /** Document ids. */
        DOCUMENT_IDS
    }
}
