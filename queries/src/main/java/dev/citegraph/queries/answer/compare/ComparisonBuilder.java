package dev.citegraph.queries.answer.compare;

import dev.citegraph.graph.model.Citation;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.FactObject;
import dev.citegraph.graph.model.Quantity;
import dev.citegraph.graph.vocab.PredicateVocabulary;
import dev.citegraph.graph.vocab.UnitVocabulary;
import dev.citegraph.graph.vocab.ValueConflicts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Lays out the facts of each compared column as a comparison. A row is a predicate, split by the qualifiers that say
 * what was measured (a benchmark score on MMLU is not one on GSM8K; pre-training cost is not post-training cost);
 * values of one row are converted to one unit and scale where their units agree.
 */
public final class ComparisonBuilder {
    /** Qualifiers that name what a value measures; other qualifiers are detail and do not split rows. */
    private static final List<String> ROW_QUALIFIERS = List.of("benchmark", "metric", "stage");

    private final PredicateVocabulary vocabulary;
    private final ValueConflicts conflicts;

    public ComparisonBuilder(PredicateVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.conflicts = new ValueConflicts(UnitVocabulary.builtIn(), vocabulary::canonicalOrSelf);
    }

    /** The predicates every column has a verified fact on, in vocabulary order, then alphabetically. */
    public List<String> sharedPredicates(List<List<Fact>> factsPerColumn) {
        Set<String> shared = null;
        for (List<Fact> facts : factsPerColumn) {
            Set<String> names = facts.stream().filter(Fact::isVerified).map(this::predicateOf)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            if (shared == null) shared = names;
            else shared.retainAll(names);
        }
        List<String> order = new ArrayList<>(vocabulary.canonicalNames());
        return shared == null ? List.of() : shared.stream()
                .sorted(Comparator.comparingInt((String p) -> order.contains(p) ? order.indexOf(p) : order.size())
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    public Comparison build(List<String> columns, List<String> predicates, List<List<Fact>> factsPerColumn) {
        if (columns.size() != factsPerColumn.size()) throw new IllegalArgumentException("one fact list per column");
        List<String> wanted = predicates.stream().map(vocabulary::canonicalOrSelf).distinct().toList();
        Map<String, List<List<Fact>>> byRow = new TreeMap<>(rowOrder(wanted));
        for (int column = 0; column < columns.size(); column++) {
            for (Fact fact : factsPerColumn.get(column)) {
                if (!fact.isVerified() || !wanted.contains(predicateOf(fact))) continue;
                byRow.computeIfAbsent(rowLabel(fact), label -> emptyCells(columns.size())).get(column).add(fact);
            }
        }
        for (String predicate : wanted) {
            if (byRow.keySet().stream().noneMatch(label -> predicateOfLabel(label).equals(predicate))) {
                byRow.put(predicate, emptyCells(columns.size()));
            }
        }
        Footnotes footnotes = new Footnotes();
        List<ComparisonRow> rows = new ArrayList<>();
        byRow.forEach((label, cells) -> rows.add(row(label, cells, footnotes)));
        return new Comparison(columns, rows, footnotes.all());
    }

    private ComparisonRow row(String label, List<List<Fact>> cells, Footnotes footnotes) {
        List<Quantity> quantities = cells.stream().flatMap(List::stream).map(ComparisonBuilder::quantityOf)
                .filter(q -> q != null).toList();
        Set<String> units = quantities.stream().map(q -> UnitVocabulary.builtIn().canonicalOrSelf(q.unit()))
                .collect(Collectors.toSet());
        int scale = units.size() == 1 ? UnitFormat.scaleOf(quantities.stream().map(Quantity::value).toList()) : 0;
        List<List<CellValue>> values = new ArrayList<>();
        List<Boolean> conflicting = new ArrayList<>();
        for (List<Fact> cell : cells) {
            conflicting.add(conflicts.disagree(cell));
            List<CellValue> cellValues = new ArrayList<>();
            for (Fact fact : cell) {
                Quantity quantity = quantityOf(fact);
                String display = quantity == null ? fact.object().display()
                        : UnitFormat.format(quantity.value(), quantity.unit(),
                        units.size() == 1 ? scale : UnitFormat.scaleOf(List.of(quantity.value())));
                cellValues.add(new CellValue(display, fact.id(), footnotes.numbersFor(fact)));
            }
            values.add(cellValues);
        }
        return new ComparisonRow(label, values, conflicting);
    }

    private String predicateOf(Fact fact) {
        return vocabulary.canonicalOrSelf(fact.predicate().name());
    }

    /** "benchmark_score (MMLU, EM)": the predicate and the qualifiers that say what was measured. */
    private String rowLabel(Fact fact) {
        List<String> what = ROW_QUALIFIERS.stream().map(fact.qualifiers()::get).filter(v -> v != null && !v.isBlank())
                .toList();
        return what.isEmpty() ? predicateOf(fact) : predicateOf(fact) + " (" + String.join(", ", what) + ")";
    }

    private static String predicateOfLabel(String label) {
        int paren = label.indexOf(" (");
        return paren < 0 ? label : label.substring(0, paren);
    }

    private static Comparator<String> rowOrder(List<String> predicates) {
        return Comparator.comparingInt((String label) -> predicates.indexOf(predicateOfLabel(label)))
                .thenComparing(Comparator.naturalOrder());
    }

    private static List<List<Fact>> emptyCells(int columns) {
        List<List<Fact>> cells = new ArrayList<>();
        for (int i = 0; i < columns; i++) cells.add(new ArrayList<>());
        return cells;
    }

    private static Quantity quantityOf(Fact fact) {
        return fact.object() instanceof FactObject.QuantityObject q ? q.quantity() : null;
    }

    /** Numbers citations in the order cells are read; a citation shown twice keeps its first number. */
    private static final class Footnotes {
        private final Map<String, Footnote> byKey = new LinkedHashMap<>();

        List<Integer> numbersFor(Fact fact) {
            List<Integer> numbers = new ArrayList<>();
            for (Citation citation : fact.citations()) {
                String key = fact.id() + "\u001f" + citation.sectionId() + "\u001f" + citation.start();
                numbers.add(byKey.computeIfAbsent(key, k -> new Footnote(byKey.size() + 1, fact.id(), citation))
                        .number());
            }
            return numbers;
        }

        List<Footnote> all() {
            return List.copyOf(byKey.values());
        }
    }
}
