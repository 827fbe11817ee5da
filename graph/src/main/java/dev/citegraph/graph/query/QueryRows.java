package dev.citegraph.graph.query;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a store answers a {@link GraphQuery} with: the same typed rows from every store, in the order the query asks
 * for. Facts travel as ids; the caller reads them with their citations through {@code GraphStore.facts}.
 */
public sealed interface QueryRows {

    /** Rows of facts: one fact id per pattern of the query (one for facts-about). */
    record FactRows(List<FactRow> rows) implements QueryRows {
        public FactRows {
            rows = List.copyOf(rows);
        }
    }

    /** The fact ids of a row, in pattern order; {@link #NO_FACT} where an optional pattern found none. */
    record FactRow(List<String> factIds) {
        /** No fact: what an optional pattern that matched nothing holds (a fact id is never empty). */
        public static final String NO_FACT = "";

        public FactRow {
            factIds = List.copyOf(factIds);
            if (factIds.isEmpty()) throw new IllegalArgumentException("a fact row holds at least one fact");
        }

        /** The fact of pattern i, empty where an optional pattern found none. */
        public Optional<String> fact(int pattern) {
            String id = factIds.get(pattern);
            return id.equals(NO_FACT) ? Optional.empty() : Optional.of(id);
        }
    }

    /** One aggregate per group (one row without a group). */
    record AggregateRows(List<AggregateRow> rows) implements QueryRows {
        public AggregateRows {
            rows = List.copyOf(rows);
        }
    }

    /**
     * A group's aggregate with the ids of the facts behind it, sorted. {@code group} is empty without a group by;
     * {@code value} is empty when there was nothing to aggregate (max of no facts).
     */
    record AggregateRow(Optional<String> group, Optional<AggregateValue> value, List<String> factIds) {
        public AggregateRow {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(value, "value");
            factIds = factIds.stream().sorted().distinct().toList();
        }
    }

    /**
     * An exact decimal and the unit of the facts it came from (empty for counts and when they differ). Stores
     * aggregate in double (Neo4j) or decimal (SPARQL) arithmetic, so values are kept to twelve significant digits:
     * both stores then give the same value.
     */
    record AggregateValue(BigDecimal value, Optional<String> unit) {
        private static final MathContext DIGITS = new MathContext(12);

        public AggregateValue {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(unit, "unit");
            BigDecimal rounded = value.round(DIGITS).stripTrailingZeros();
            value = rounded.scale() < 0 ? rounded.setScale(0) : rounded;
        }
    }

    /** The cells of a comparison: each fact with its column (the subject's position) and row (its predicate). */
    record CompareRows(List<CompareCell> cells) implements QueryRows {
        public CompareRows {
            cells = List.copyOf(cells);
        }
    }

    record CompareCell(int column, String predicate, String factId) {
        public CompareCell {
            Objects.requireNonNull(predicate, "predicate");
            Objects.requireNonNull(factId, "factId");
        }
    }

    /** What the graph holds, one kind of row per listing kind. */
    record ListingRows(List<ListingRow> rows) implements QueryRows {
        public ListingRows {
            rows = List.copyOf(rows);
        }
    }

    sealed interface ListingRow {
        /** One function per kind: a new kind fails to compile wherever listings are shown. */
        <T> T match(Function<PredicateCount, T> predicate, Function<EntityCount, T> entity,
                    Function<DocumentRow, T> document, Function<SectionRow, T> section);
    }

    record PredicateCount(String predicate, long facts) implements ListingRow {
        public PredicateCount {
            Objects.requireNonNull(predicate, "predicate");
        }

        @Override
        public <T> T match(Function<PredicateCount, T> predicate, Function<EntityCount, T> entity,
                           Function<DocumentRow, T> document, Function<SectionRow, T> section) {
            return predicate.apply(this);
        }
    }

    record EntityCount(String name, String kind, long facts) implements ListingRow {
        public EntityCount {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public <T> T match(Function<PredicateCount, T> predicate, Function<EntityCount, T> entity,
                           Function<DocumentRow, T> document, Function<SectionRow, T> section) {
            return entity.apply(this);
        }
    }

    record DocumentRow(String id, String title, Optional<Integer> pages) implements ListingRow {
        public DocumentRow {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(pages, "pages");
        }

        @Override
        public <T> T match(Function<PredicateCount, T> predicate, Function<EntityCount, T> entity,
                           Function<DocumentRow, T> document, Function<SectionRow, T> section) {
            return document.apply(this);
        }
    }

    /** A section with its whole text; {@code page} is empty for formats without pages. */
    record SectionRow(String document, String number, String title, Optional<Integer> page, String text)
            implements ListingRow {
        public SectionRow {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(page, "page");
            Objects.requireNonNull(text, "text");
        }

        @Override
        public <T> T match(Function<PredicateCount, T> predicate, Function<EntityCount, T> entity,
                           Function<DocumentRow, T> document, Function<SectionRow, T> section) {
            return section.apply(this);
        }
    }

    record Count(long count) implements QueryRows {
    }

    record Names(List<String> names) implements QueryRows {
        public Names {
            names = List.copyOf(names);
        }
    }
}
