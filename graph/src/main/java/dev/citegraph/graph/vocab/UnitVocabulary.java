package dev.citegraph.graph.vocab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Units as reports and people write them ("GPU hours", "gpu-hours", "params", "$", "GB/s"), each under one canonical
 * name, and the scale words that multiply a number ("100 billion"), read from the editable resource {@code units.txt}.
 * Extraction stores a quantity's unit by its canonical name, the query language turns a unit into every spelling a
 * stored fact may carry, and comparisons put the values of one unit in one row: all three read units here.
 */
public final class UnitVocabulary {
    private static final String BUILT_IN = "units.txt";
    private static final String SCALE = "scale ";
    private static final String CONVERT = "convert ";
    private static final Pattern CONVERSION = Pattern.compile("convert\\s+(.+?)\\s*=\\s*([0-9.eE+-]+)\\s+(.+)");
    private static final UnitVocabulary BUILT_IN_VOCABULARY = of(readBuiltIn());

    private final Map<String, List<String>> spellingsByCanonical;
    private final Map<String, String> canonicalByKey;
    private final Map<String, BigDecimal> scaleByKey;
    private final List<String> scaleWords;
    private final Pattern leading;
    /** How many of a smaller unit make one of a unit: "TB" → 1000 "GB". */
    private final Map<String, Amount> conversions;

    private UnitVocabulary(Map<String, List<String>> spellingsByCanonical, Map<String, BigDecimal> scaleByWord,
                           Map<String, Amount> conversions) {
        this.conversions = Map.copyOf(conversions);
        this.spellingsByCanonical = Map.copyOf(spellingsByCanonical);
        Map<String, String> byKey = new LinkedHashMap<>();
        spellingsByCanonical.forEach((canonical, spellings) -> spellings.forEach(s -> byKey.put(key(s), canonical)));
        this.canonicalByKey = Map.copyOf(byKey);
        Map<String, BigDecimal> scales = new LinkedHashMap<>();
        scaleByWord.forEach((word, factor) -> scales.put(key(word), factor));
        this.scaleByKey = Map.copyOf(scales);
        this.scaleWords = List.copyOf(scaleByWord.keySet());
        this.leading = leadingPattern(allSpellings());
    }

    /** The vocabulary shipped with citegraph, read once. */
    public static UnitVocabulary builtIn() {
        return BUILT_IN_VOCABULARY;
    }

    /**
     * Reads {@code canonical | spelling | ...} lines and {@code scale 1e9 | B | billion} lines; blank lines and
     * {@code #} comments are skipped.
     *
     * @throws IllegalArgumentException when two units claim one spelling, or a scale is not a number
     */
    public static UnitVocabulary of(List<String> lines) {
        Map<String, List<String>> spellings = new LinkedHashMap<>();
        Map<String, BigDecimal> scales = new LinkedHashMap<>();
        Map<String, String> owner = new LinkedHashMap<>();
        Map<String, Amount> conversions = new LinkedHashMap<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            if (line.startsWith(CONVERT)) {
                Matcher m = CONVERSION.matcher(spaced(line));
                if (!m.matches()) {
                    throw new IllegalArgumentException("unit vocabulary: '" + line + "' is not a conversion such as "
                            + "convert TB = 1000 GB");
                }
                conversions.put(m.group(1), new Amount(factor(m.group(2)), m.group(3)));
                continue;
            }
            List<String> names = Arrays.stream(line.split("\\|")).map(UnitVocabulary::spaced)
                    .filter(s -> !s.isEmpty()).toList();
            if (names.isEmpty()) continue;
            boolean scale = names.get(0).startsWith(SCALE);
            String head = scale ? names.get(0).substring(SCALE.length()).strip() : names.get(0);
            List<String> words = scale ? names.subList(1, names.size()) : names;
            for (String word : words) {
                String previous = owner.putIfAbsent(key(word), head);
                if (previous != null) {
                    throw new IllegalArgumentException("unit vocabulary: '" + word + "' is claimed by '" + previous
                            + "' and by '" + head + "': give each spelling to one unit");
                }
            }
            if (scale) words.forEach(w -> scales.put(w, factor(head)));
            else spellings.put(head, words);
        }
        for (Map.Entry<String, Amount> c : conversions.entrySet()) {
            for (String unit : List.of(c.getKey(), c.getValue().unit())) {
                if (!spellings.containsKey(unit)) {
                    throw new IllegalArgumentException("unit vocabulary: conversion of '" + c.getKey() + "' names '"
                            + unit + "', which is not a canonical unit");
                }
            }
        }
        return new UnitVocabulary(spellings, scales, conversions);
    }

    /** A number of a canonical unit, kept without trailing zeros so that equal amounts are equal. */
    public record Amount(BigDecimal value, String unit) {
        public Amount {
            Objects.requireNonNull(unit, "unit");
            value = value.stripTrailingZeros();
            if (value.scale() < 0) value = value.setScale(0);
        }
    }

    /**
     * A value in the smallest unit its unit converts to, so that values in convertible units compare: 1.5 TB is
     * 1500 GB, 2 "TB/s" is 2000 "GB/s". A unit without conversions stays as it is, under its canonical name.
     */
    public Amount inSmallestUnit(BigDecimal value, String unit) {
        BigDecimal converted = value;
        String current = canonicalOrSelf(unit);
        for (int step = 0; step < 8 && conversions.containsKey(current); step++) {
            Amount next = conversions.get(current);
            converted = converted.multiply(next.value());
            current = next.unit();
        }
        return new Amount(converted, current);
    }

    /** The canonical unit a spelling means, when the vocabulary knows it: "GPU-hours" → "GPU hour". */
    public Optional<String> canonical(String spelling) {
        return spelling == null ? Optional.empty() : Optional.ofNullable(canonicalByKey.get(key(spelling)));
    }

    /** The canonical unit, or the spelling as written (stripped) when the vocabulary does not know it. */
    public String canonicalOrSelf(String spelling) {
        return canonical(spelling).orElseGet(() -> spelling == null ? "" : spelling.strip());
    }

    /** Every spelling of a canonical unit, the canonical name first, as the vocabulary writes them. */
    public List<String> spellings(String canonical) {
        return spellingsByCanonical.getOrDefault(canonical, List.of());
    }

    /** Every spelling of every unit, for "did you mean". */
    public List<String> allSpellings() {
        return spellingsByCanonical.values().stream().flatMap(List::stream).toList();
    }

    /** What a scale word after a number multiplies it by: "billion" and "B" → 1E+9. */
    public Optional<BigDecimal> scale(String word) {
        return word == null ? Optional.empty() : Optional.ofNullable(scaleByKey.get(key(word)));
    }

    /** Every scale word, as the vocabulary writes it. */
    public List<String> scaleWords() {
        return scaleWords;
    }

    /**
     * The canonical name of the unit {@code text} starts with, its longest spelling first ("GB/s" before "GB", "GPU
     * hours per trillion tokens" before "GPU hours"), when the spelling ends where a word does: no "token" in
     * "tokenizer".
     */
    public Optional<String> leadingUnit(String text) {
        Matcher m = leading.matcher(text);
        return m.lookingAt() ? Optional.of(canonicalByKey.get(key(m.group()))) : Optional.empty();
    }

    /** Case and runs of spaces do not tell spellings apart: "GPU  Hours" is "gpu hours". */
    private static String key(String spelling) {
        return spaced(spelling).toLowerCase(Locale.ROOT);
    }

    private static String spaced(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static BigDecimal factor(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("unit vocabulary: scale '" + text + "' is not a number such as 1e9", e);
        }
    }

    private static Pattern leadingPattern(List<String> spellings) {
        if (spellings.isEmpty()) return Pattern.compile("(?!)"); // no unit: an empty alternation would match ""
        String alternatives = spellings.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(s -> Arrays.stream(s.split(" ")).map(Pattern::quote).collect(Collectors.joining("\\s+")))
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static List<String> readBuiltIn() {
        try (InputStream in = UnitVocabulary.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) throw new IllegalStateException("built-in unit vocabulary " + BUILT_IN + " missing from jar");
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
