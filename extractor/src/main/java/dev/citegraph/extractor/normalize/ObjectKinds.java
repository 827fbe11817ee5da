package dev.citegraph.extractor.normalize;

import dev.citegraph.graph.model.Quantity;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What kind of thing a fact's object is: a quantity when it {@link QuantityParser parses as one}, an entity when
 * it reads as a name (a few words, no clause: "Multi-head Latent Attention", "AdamW optimizer", "H800"), text
 * otherwise ("device-level token-dropping strategy during training").
 */
public final class ObjectKinds {
    public enum Kind { QUANTITY, ENTITY, TEXT }

    private static final int MAX_NAME_WORDS = 6;
    private static final Pattern CLAUSE_PUNCTUATION = Pattern.compile("[;:]|,(?![^(]*\\))");
    private static final Set<String> CLAUSE_WORDS = Set.of(
            "during", "except", "are", "is", "was", "were", "be", "then", "than", "while", "when", "which", "that",
            "because", "only", "no", "not", "without", "before", "after", "instead", "rather", "can", "will");

    private ObjectKinds() {
    }

    public static Kind kindOf(String object, String canonicalPredicate) {
        if (quantity(object, canonicalPredicate).isPresent()) return Kind.QUANTITY;
        return readsAsName(object) ? Kind.ENTITY : Kind.TEXT;
    }

    public static Optional<Quantity> quantity(String object, String canonicalPredicate) {
        return QuantityParser.parse(object, canonicalPredicate);
    }

    static boolean readsAsName(String text) {
        String s = text.strip();
        if (s.isEmpty() || CLAUSE_PUNCTUATION.matcher(s).find()) return false;
        String[] words = s.replaceAll("\\([^)]*\\)", " ").strip().split("\\s+");
        if (words.length > MAX_NAME_WORDS) return false;
        for (String word : words) {
            if (CLAUSE_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT))) return false;
        }
        return true;
    }
}
