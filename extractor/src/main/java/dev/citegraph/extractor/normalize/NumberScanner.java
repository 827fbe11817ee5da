package dev.citegraph.extractor.normalize;

import dev.citegraph.graph.vocab.UnitVocabulary;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the numbers of a text in the spellings reports use: thousands separators (2,664), multipliers (2664K,
 * 2.788M, 14.8T, 14.8 trillion: the unit vocabulary's scale words; K = 1000 as the gold data counts), scientific
 * forms (2.4 × 10−4, 1e-4), percentages and factors (93.3%, 5.76×). Digits glued to a preceding letter are part of a
 * name (FP8, H800, DeepSeek-V3) and are not numbers. Signs are ignored: a report's "10−4" minus belongs to an
 * exponent, not to a value.
 */
public final class NumberScanner {
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,])"
                    + "(?<dollar>\\$\\s?)?"
                    + "(?<int>\\d{1,3}(?:,\\d{3})+|\\d+)(?<frac>\\.\\d+)?"
                    + "(?:\\s?[×x*]\\s?10\\s?(?:(?:\\^|\\*\\*)\\s?(?<pow>[-+]?\\d+)|(?<signedPow>[-+]\\s?\\d+))(?!\\d|\\.\\d))?"
                    + "(?:[eE](?<exp>[-+]?\\d+)(?![\\p{L}\\d]))?"
                    + "(?:(?<letter>[KkMBT])(?![\\p{L}\\p{N}])|\\s(?<word>" + scaleWords() + ")\\b)?"
                    + "(?<suffix>\\s?%|\\s?×|x(?![\\p{L}\\p{N}])|\\s(?:times|percent)\\b)?");

    private NumberScanner() {
    }

    /** The text folded the way numbers are read: NFKC (math italics, ligatures) and every minus as '-'. */
    public static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replace('\u2212', '-').replace('\u2013', '-');
    }

    /** The numbers of an already {@link #fold folded} text, in order. */
    public static List<NumberToken> scanFolded(String text) {
        List<NumberToken> tokens = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) tokens.add(token(m));
        return tokens;
    }

    public static List<NumberToken> scan(String text) {
        return scanFolded(fold(text));
    }

    private static NumberToken token(Matcher m) {
        String digits = m.group("int").replace(",", "") + (m.group("frac") == null ? "" : m.group("frac"));
        BigDecimal mantissa = new BigDecimal(digits);
        BigDecimal value = mantissa;
        String multiplier = "";
        String exponent = firstNonNull(m.group("pow"), m.group("signedPow"), m.group("exp"));
        if (exponent != null) {
            int power = Integer.parseInt(exponent.replaceAll("\\s", "").replace("+", ""));
            value = value.scaleByPowerOfTen(power);
            multiplier = "e" + power;
        }
        String word = firstNonNull(m.group("letter"), m.group("word"));
        if (word != null) {
            value = value.multiply(UnitVocabulary.builtIn().scale(word).orElseThrow());
            multiplier = word;
        }
        return new NumberToken(m.start(), m.end(), m.group(), mantissa, value, suffixOf(m.group("suffix")),
                multiplier, m.group("dollar") != null);
    }

    /**
     * The scale words of the unit vocabulary spelled out ("trillion"), any case. Scale letters stay in the pattern:
     * glued to a number they are read as reports print them (2664K, 600k, 14.8T), and a lower-case "m" is no million.
     */
    private static String scaleWords() {
        return UnitVocabulary.builtIn().scaleWords().stream().filter(w -> w.length() > 1).map(Pattern::quote)
                .collect(Collectors.joining("|", "(?i:", ")"));
    }

    private static String firstNonNull(String... values) {
        for (String v : values) if (v != null) return v;
        return null;
    }

    private static String suffixOf(String raw) {
        if (raw == null) return "";
        String s = raw.strip();
        return s.equals("%") || s.equals("percent") ? "%" : "x";
    }
}
