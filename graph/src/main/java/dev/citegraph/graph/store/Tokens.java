package dev.citegraph.graph.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words for lexical matching. A hyphenated name yields itself and its parts ("deepseek-v3", "deepseek", "v3") so a
 * question spelling the whole name finds it exactly and one spelling a part still finds it partly. Version and size
 * tokens ("v3", "67b") are kept whole: they are what tells two models apart.
 */
public final class Tokens {
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with", "and", "or", "is", "are", "was",
            "were", "be", "been", "does", "do", "did", "what", "which", "who", "whom", "how", "many", "much", "its",
            "it", "this", "that", "these", "those", "as", "from", "their", "there", "than", "has", "have", "had",
            "s", "report", "reported", "paper", "used", "use", "uses", "about", "into", "per", "each", "we", "our",
            "between", "compare", "compared", "vs", "versus", "tell", "me", "please", "can", "could", "would",
            "should", "will", "when", "where", "why", "any", "some", "all", "they", "them", "he", "she", "his", "her");

    private Tokens() {
    }

    /** The content words of a text, stop words removed, each hyphenated word also split into its parts. */
    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('’', '\'').replaceAll("'s\\b", "");
        for (String word : folded.split("[^\\p{L}\\p{N}\\-.%@]+")) {
            String trimmed = word.replaceAll("^[\\-.]+|[\\-.]+$", "");
            if (trimmed.isEmpty()) continue;
            add(out, trimmed);
            if (trimmed.indexOf('-') > 0) {
                for (String part : trimmed.split("-+")) add(out, part);
            }
        }
        return out;
    }

    private static void add(List<String> out, String token) {
        if (token.isEmpty() || STOP_WORDS.contains(token)) return;
        out.add(stem(token));
    }

    /**
     * "tokens" → "token", "deployed" → "deploy", "training" → "train": word forms must meet, so the same crude cut is
     * made on both sides. Words with digits stay as they are: "v3" and "67b" are names.
     */
    private static String stem(String token) {
        if (token.chars().anyMatch(Character::isDigit)) return token;
        String stem = token;
        if (stem.length() > 3 && stem.endsWith("s") && !stem.endsWith("ss")) stem = stem.substring(0, stem.length() - 1);
        if (stem.length() >= 7 && stem.endsWith("ing")) return stem.substring(0, stem.length() - 3);
        if (stem.length() >= 6 && stem.endsWith("ed")) return stem.substring(0, stem.length() - 2);
        return stem;
    }
}
