package dev.citegraph.extractor.normalize;

import dev.citegraph.graph.model.Quantity;
import dev.citegraph.graph.vocab.UnitVocabulary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a fact's object as a quantity: the value meant (K/M/B/T expanded, K = 1000), its unit by its canonical name
 * in the unit vocabulary ("GPU hours" is "GPU hour", "GB/s" stays "GB/s") and the object's own wording. The value is
 * the object's leading number ("63 routed experts (plus 1 shared expert)" is 63 expert), or the end of a change
 * ("rises from 1.808 to 2.414" is 2.414). Numbers that belong to a name
 * (GPT-4, "DeepSeek 67B", FP8) do not make a quantity, and a list of like numbers ("1.5B, 7B and 70B") is text.
 */
public final class QuantityParser {
    private static final Pattern NAME_BEFORE = Pattern.compile("(?:[\\p{L}\\p{N}]-|\\p{Lu}[\\p{L}\\p{N}.\\-]*\\s)$");
    private static final Pattern LIST_GLUE = Pattern.compile("\\s*(?:,|,?\\s*and|,?\\s*or|/)\\s*");
    private static final Pattern FROM_BEFORE = Pattern.compile("\\bfrom\\s*$");
    private static final Pattern TO_BETWEEN = Pattern.compile("\\s*to\\s*");
    private static final Pattern OUT_OF = Pattern.compile("^\\s*out of \\S+\\s*");
    /** A word between a number and its unit ("14.8T high-quality tokens"), or an accelerator ("H800 GPU hours"). */
    private static final Pattern SKIPPABLE_WORD = Pattern.compile("^(?:\\p{Lu}\\d+|[\\p{L}][\\p{L}\\-]*)\\s*");
    private static final int MAX_WORDS_BEFORE_UNIT = 3;

    private QuantityParser() {
    }

    public static Optional<Quantity> parse(String text) {
        return parse(text, "");
    }

    /** The quantity an object states, with the unit the predicate implies when the object prints none. */
    public static Optional<Quantity> parse(String text, String canonicalPredicate) {
        if (text == null || text.isBlank()) return Optional.empty();
        String folded = NumberScanner.fold(text);
        List<NumberToken> tokens = NumberScanner.scanFolded(folded).stream()
                .filter(t -> !NAME_BEFORE.matcher(folded.substring(0, t.start())).find())
                .toList();
        if (tokens.isEmpty() || isList(folded, tokens)) return Optional.empty();
        NumberToken primary = primary(folded, tokens);
        String unit = unitOf(folded, primary);
        Optional<String> implied = PredicateUnits.impliedBy(canonicalPredicate);
        if (unit.isEmpty() || unit.equals("%") && implied.filter("score"::equals).isPresent()) {
            unit = implied.orElse(unit);
        }
        return Optional.of(new Quantity(primary.value(), unit, text.strip()));
    }

    private static boolean isList(String text, List<NumberToken> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            NumberToken a = tokens.get(i - 1);
            NumberToken b = tokens.get(i);
            boolean alike = a.suffix().equals(b.suffix()) && (a.scaled() || a.isPercent())
                    && a.multiplier().equals(b.multiplier());
            if (alike && LIST_GLUE.matcher(text.substring(a.end(), b.start())).matches()) return true;
        }
        return false;
    }

    private static NumberToken primary(String text, List<NumberToken> tokens) {
        if (tokens.size() >= 2) {
            NumberToken a = tokens.get(0);
            NumberToken b = tokens.get(1);
            if (FROM_BEFORE.matcher(text.substring(0, a.start())).find()
                    && TO_BETWEEN.matcher(text.substring(a.end(), b.start())).matches()) return b;
        }
        return tokens.get(0);
    }

    private static String unitOf(String text, NumberToken number) {
        if (number.dollars()) return "USD";
        if (!number.suffix().isEmpty()) return number.suffix();
        String rest = text.substring(number.end()).replaceFirst("^-", "");
        rest = OUT_OF.matcher(rest).replaceFirst("").stripLeading();
        for (int skipped = 0; skipped <= MAX_WORDS_BEFORE_UNIT && !rest.isEmpty(); skipped++) {
            Optional<String> unit = UnitVocabulary.builtIn().leadingUnit(rest);
            if (unit.isPresent()) return unit.get();
            var word = SKIPPABLE_WORD.matcher(rest);
            if (!word.find()) break;
            rest = rest.substring(word.end());
        }
        return "";
    }

    /** Whether two values are the same number, whatever their scale (2664000 and 2.664E+6). */
    public static boolean sameValue(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) == 0;
    }
}
