package dev.citegraph.extractor.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Definitions of short forms, "Multi-head Latent Attention (MLA)": the words before the brackets whose letters
 * spell the short form in order, the first letter starting the first word (after Schwartz and Hearst, 2003).
 * "DeepSeek-V2 Chat (RL)" defines nothing: RL is not spelled by the words before it.
 */
public final class Abbreviations {
    private static final Pattern SHORT_IN_BRACKETS =
            Pattern.compile("\\(\\s*([A-Z][A-Za-z0-9\\-]{1,9})\\s*\\)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\-]*");

    /** A short form and the long form it stands for. */
    public record Definition(String shortForm, String longForm) {
    }

    private Abbreviations() {
    }

    public static List<Definition> findIn(String text) {
        List<Definition> found = new ArrayList<>();
        Matcher m = SHORT_IN_BRACKETS.matcher(text);
        while (m.find()) {
            String shortForm = m.group(1);
            if (shortForm.chars().filter(Character::isUpperCase).count() < 2) continue;
            longFormBefore(text.substring(Math.max(0, m.start() - 120), m.start()), shortForm)
                    .ifPresent(longForm -> found.add(new Definition(shortForm, longForm)));
        }
        return found;
    }

    /** The definition a whole name makes, "Tensor Parallelism (TP)", when it is one. */
    public static java.util.Optional<Definition> ofName(String name) {
        Matcher m = SHORT_IN_BRACKETS.matcher(name.strip());
        if (!m.find() || m.end() != name.strip().length()) return java.util.Optional.empty();
        String shortForm = m.group(1);
        return longFormBefore(name.strip().substring(0, m.start()), shortForm)
                .filter(longForm -> longForm.length() == name.strip().substring(0, m.start()).strip().length())
                .map(longForm -> new Definition(shortForm, longForm));
    }

    private static java.util.Optional<String> longFormBefore(String before, String shortForm) {
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(before);
        while (w.find()) words.add(new int[]{w.start(), w.end()});
        String trimmed = before.stripTrailing();
        int maxWords = Math.min(words.size(), shortForm.length() + 3);
        for (int n = 1; n <= maxWords; n++) {
            int from = words.get(words.size() - n)[0];
            String candidate = trimmed.substring(from);
            if (spells(candidate, shortForm)) return java.util.Optional.of(candidate);
        }
        return java.util.Optional.empty();
    }

    /** Schwartz–Hearst: the short form's letters appear in order in the long form, the first at a word start. */
    static boolean spells(String longForm, String shortForm) {
        String lf = longForm.toLowerCase(java.util.Locale.ROOT);
        String sf = shortForm.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (sf.isEmpty() || lf.length() <= sf.length()) return false;
        int l = lf.length() - 1;
        for (int s = sf.length() - 1; s >= 0; s--) {
            char c = sf.charAt(s);
            while (l >= 0 && (lf.charAt(l) != c || s == 0 && l > 0 && Character.isLetterOrDigit(lf.charAt(l - 1)))) {
                l--;
            }
            if (l < 0) return false;
            l--;
        }
        return true;
    }
}
