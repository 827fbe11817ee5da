package dev.citegraph.graph.vocab;

import dev.citegraph.graph.model.Citation;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.FactObject;
import dev.citegraph.graph.model.Quantity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The one rule for when statements disagree, used by the query language's {@code conflicts} and by comparison
 * cells: facts with the same subject, predicate and qualifiers that state different values, cited from different
 * places (another document or another section: two numbers in one sentence are a range, not a disagreement). Numbers
 * compare as quantities in the unit vocabulary (671B and 671 billion params agree; 1.5 TB and 1500 GB agree), texts
 * after normalisation (case, spaces, hyphens). Facts linking entities are relations and never disagree: a model uses
 * many methods. Numbers in units that do not convert into each other measure different things and do not disagree.
 */
public final class ValueConflicts {
    private final UnitVocabulary units;
    private final Function<String, String> predicateKey;

    /** {@code predicateKey} maps a stored predicate to the name it is compared under (its canonical name). */
    public ValueConflicts(UnitVocabulary units, Function<String, String> predicateKey) {
        this.units = Objects.requireNonNull(units, "units");
        this.predicateKey = Objects.requireNonNull(predicateKey, "predicateKey");
    }

    /**
     * Facts that disagree: one subject, predicate and set of qualifiers, and each value stated with the facts that
     * state it, values in the order their first fact came.
     */
    public record Conflict(String subject, String predicate, Map<String, String> qualifiers, List<List<Fact>> values) {
        public Conflict {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(predicate, "predicate");
            qualifiers = Map.copyOf(qualifiers);
            values = values.stream().map(List::copyOf).toList();
        }
    }

    /** The disagreements among {@code facts}, in the order of their first facts. */
    public List<Conflict> among(Collection<Fact> facts) {
        Map<List<String>, Map<String, List<Fact>>> byStatement = new LinkedHashMap<>();
        for (Fact fact : facts) {
            if (fact.object() instanceof FactObject.EntityObject) continue;
            List<String> statement = List.of(fact.subject().id(), predicateKey.apply(fact.predicate().name()),
                    qualifiersKey(fact.qualifiers()));
            byStatement.computeIfAbsent(statement, s -> new LinkedHashMap<>())
                    .computeIfAbsent(valueKey(fact), v -> new ArrayList<>()).add(fact);
        }
        List<Conflict> conflicts = new ArrayList<>();
        byStatement.forEach((statement, values) -> {
            if (!valuesDisagree(values.values())) return;
            Fact first = values.values().iterator().next().get(0);
            conflicts.add(new Conflict(first.subject().name(), statement.get(1), first.qualifiers(),
                    List.copyOf(values.values())));
        });
        return conflicts;
    }

    /** Whether some of these facts disagree, as the facts of a comparison cell may. */
    public boolean disagree(Collection<Fact> facts) {
        return !among(facts).isEmpty();
    }

    /** Two facts with different values (and comparable: same kind, convertible units) cited from different places. */
    private boolean valuesDisagree(Collection<List<Fact>> values) {
        List<List<Fact>> all = List.copyOf(values);
        for (int a = 0; a < all.size(); a++) {
            for (int b = a + 1; b < all.size(); b++) {
                if (!comparable(all.get(a).get(0), all.get(b).get(0))) continue;
                for (Fact x : all.get(a)) {
                    for (Fact y : all.get(b)) if (citedApart(x, y)) return true;
                }
            }
        }
        return false;
    }

    private boolean comparable(Fact a, Fact b) {
        if (a.object() instanceof FactObject.QuantityObject x && b.object() instanceof FactObject.QuantityObject y) {
            return measured(x.quantity()).unit().equals(measured(y.quantity()).unit());
        }
        return a.object() instanceof FactObject.TextObject && b.object() instanceof FactObject.TextObject;
    }

    /** Some citation of one is in a document or section no citation of the other is in. */
    private static boolean citedApart(Fact x, Fact y) {
        for (Citation cx : x.citations()) {
            for (Citation cy : y.citations()) {
                if (!cx.documentId().equals(cy.documentId()) || !cx.sectionId().equals(cy.sectionId())) return true;
            }
        }
        return false;
    }

    /** A value as it compares: a quantity in its smallest convertible unit, a text normalised. */
    private String valueKey(Fact fact) {
        if (fact.object() instanceof FactObject.QuantityObject q) {
            UnitVocabulary.Amount measured = measured(q.quantity());
            return "q:" + measured.value().toPlainString() + " " + measured.unit();
        }
        return "t:" + normalised(fact.object().display());
    }

    private UnitVocabulary.Amount measured(Quantity quantity) {
        return units.inSmallestUnit(quantity.value(), quantity.unit());
    }

    private static String qualifiersKey(Map<String, String> qualifiers) {
        Map<String, String> sorted = new TreeMap<>();
        qualifiers.forEach((k, v) -> sorted.put(normalised(k), normalised(v)));
        return sorted.toString();
    }

    /** Case, runs of spaces, hyphens and underscores do not tell texts apart: "Pre-training" is "pre training". */
    private static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[-_\\s]+", " ").strip();
    }
}
