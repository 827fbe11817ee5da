package dev.citegraph.extractor.eval;

import dev.citegraph.extractor.normalize.NameKey;
import dev.citegraph.graph.model.Citation;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.FactObject;
import dev.citegraph.graph.vocab.PredicateVocabulary;
import dev.citegraph.graph.vocab.UnitVocabulary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Compares verified facts with gold facts. A gold fact is found when a verified fact has the same subject (canonical
 * name or an alias, from the registry's aliases or the gold files'), an equivalent predicate (through the
 * vocabulary), the same object (quantities: the same value and a compatible unit; entities: a shared spelling;
 * text: the same words, or most of them) and a citation of the gold section (or its {@code section_alt}) in the
 * gold document. Qualifiers are not compared.
 */
public final class Evaluator {
    private static final double TEXT_OVERLAP = 0.6;

    private final PredicateVocabulary vocabulary;

    public Evaluator(PredicateVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public Evaluation evaluate(List<GoldFact> gold, List<Fact> facts) {
        GoldNames names = new GoldNames(gold);
        Set<String> goldDocuments = gold.stream().map(g -> documentKey(g.document())).collect(Collectors.toSet());
        List<Fact> considered = facts.stream().filter(Fact::isVerified)
                .filter(f -> f.citations().stream().anyMatch(c -> goldDocuments.contains(documentKey(c.documentId()))))
                .toList();
        List<GoldFact> found = new ArrayList<>();
        List<Evaluation.Miss> misses = new ArrayList<>();
        Set<Fact> matched = new HashSet<>();
        for (GoldFact g : gold) {
            List<Fact> hits = considered.stream().filter(f -> matches(g, f, names)).toList();
            if (hits.isEmpty()) misses.add(new Evaluation.Miss(g, why(g, considered, names)));
            else found.add(g);
            matched.addAll(hits);
        }
        List<Fact> unmatched = considered.stream().filter(f -> !matched.contains(f)).toList();
        return new Evaluation(gold.size(), found, misses, considered.size(), considered.size() - unmatched.size(),
                unmatched);
    }

    boolean matches(GoldFact g, Fact f, GoldNames names) {
        return sameSubject(g, f, names) && samePredicate(g, f) && sameObject(g, f, names) && citesSection(g, f);
    }

    /** The first matching step at which every candidate fact fell short, told as a person would check it. */
    private String why(GoldFact g, List<Fact> facts, GoldNames names) {
        List<Fact> inDocument = filter(facts, f -> f.citations().stream()
                .anyMatch(c -> documentKey(c.documentId()).equals(documentKey(g.document()))));
        List<Fact> about = filter(inDocument, f -> sameSubject(g, f, names));
        if (about.isEmpty()) return "no verified fact about " + g.subject() + " in " + g.document();
        List<Fact> saying = filter(about, f -> samePredicate(g, f));
        if (saying.isEmpty()) return "no " + g.predicate() + " fact about " + g.subject();
        List<Fact> same = filter(saying, f -> sameObject(g, f, names));
        if (same.isEmpty()) {
            return g.predicate() + " of " + g.subject() + " found with other objects: " + saying.stream().limit(3)
                    .map(f -> f.object().display()).collect(Collectors.joining("; "));
        }
        return "found, but cited in " + same.get(0).citations().stream().map(Citation::sectionNumber)
                .map(n -> "§" + n).distinct().collect(Collectors.joining(", ")) + " instead of §" + g.section();
    }

    private static List<Fact> filter(List<Fact> facts, Predicate<Fact> test) {
        return facts.stream().filter(test).toList();
    }

    private static boolean sameSubject(GoldFact g, Fact f, GoldNames names) {
        Set<String> spellings = new HashSet<>(f.subject().aliases());
        spellings.add(f.subject().name());
        return names.sameEntity(g.subject(), spellings);
    }

    private boolean samePredicate(GoldFact g, Fact f) {
        String wanted = vocabulary.canonicalOrSelf(g.predicate());
        return wanted.equals(f.predicate().name()) || wanted.equals(vocabulary.canonicalOrSelf(f.predicate().surface()));
    }

    private static boolean sameObject(GoldFact g, Fact f, GoldNames names) {
        if (g.isQuantity() && f.object() instanceof FactObject.QuantityObject q
                && q.quantity().value().compareTo(g.value()) == 0 && unitsAgree(q.quantity().unit(), g.unit())) {
            return true;
        }
        if (g.isQuantity()) return false;
        Set<String> spellings = new HashSet<>();
        spellings.add(f.object().display());
        if (f.object() instanceof FactObject.EntityObject e) {
            spellings.add(e.entity().name());
            spellings.addAll(e.entity().aliases());
        }
        if (names.sameEntity(g.object(), spellings)) return true;
        // An entity's spelling may differ by words, never by a version or size: V3 is not V3-Base.
        return spellings.stream().anyMatch(s -> sameWords(g.object(), s) && (!g.objectKind().equals("entity")
                || NameKey.identityTokens(g.object()).equals(NameKey.identityTokens(s))));
    }

    /**
     * Units agree when they are one unit in two spellings, when either side has none, when one refines the other
     * ("GPU hour" and "GPU hour per trillion tokens"), or for a benchmark result given as a percentage or a score.
     */
    static boolean unitsAgree(String a, String b) {
        String x = UnitVocabulary.builtIn().canonicalOrSelf(a).toLowerCase(Locale.ROOT);
        String y = UnitVocabulary.builtIn().canonicalOrSelf(b).toLowerCase(Locale.ROOT);
        if (x.isEmpty() || y.isEmpty() || x.equals(y)) return true;
        if (Set.of(x, y).equals(Set.of("%", "score"))) return true;
        return x.startsWith(y + " ") || y.startsWith(x + " ");
    }

    private static boolean sameWords(String goldText, String factText) {
        String a = NameKey.loose(goldText);
        String b = NameKey.loose(factText);
        if (a.equals(b) || Math.min(a.length(), b.length()) >= 4 && (a.contains(b) || b.contains(a))) return true;
        Set<String> wa = words(goldText);
        Set<String> wb = words(factText);
        if (wa.isEmpty() || wb.isEmpty()) return false;
        Set<String> shared = new HashSet<>(wa);
        shared.retainAll(wb);
        return shared.size() >= TEXT_OVERLAP * Math.min(wa.size(), wb.size());
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}.%]+"))
                .filter(w -> w.length() > 2).collect(Collectors.toSet());
    }

    private static boolean citesSection(GoldFact g, Fact f) {
        return f.citations().stream().anyMatch(c -> documentKey(c.documentId()).equals(documentKey(g.document()))
                && (c.sectionNumber().equals(g.section()) || !g.sectionAlt().isEmpty()
                && c.sectionNumber().equals(g.sectionAlt())));
    }

    /** Document ids compared loosely: the gold's "deepseek-v2" is the file-derived "DeepSeek_V2". */
    static String documentKey(String id) {
        return NameKey.loose(id);
    }
}
