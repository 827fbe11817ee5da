package dev.citegraph.extractor.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Unit names in one spelling each ("GPU hours" → "GPU hour", "params" → "parameter"), and the unit a predicate
 * implies when a report prints a bare number ("60" layers for {@code num_transformer_layers}), read from the editable
 * resource {@code predicate-units.txt}.
 */
public final class Units {
    /** Unit words as reports print them, longest first, each with its one spelling. */
    private static final List<Map.Entry<Pattern, String>> WORDS = List.of(
            unit("(?:H\\d+ |A\\d+ )?GPU[- ]hours?", "GPU hour"),
            unit("tokens? per second|tokens?/s", "token per second"),
            unit("Elo(?: rating)?", "Elo rating"),
            unit("tokens?", "token"),
            unit("parameters?|params?", "parameter"),
            unit("experts?", "expert"),
            unit("layers?", "layer"),
            unit("(?:attention )?heads?", "head"),
            unit("steps?", "step"),
            unit("epochs?", "epoch"),
            unit("samples?", "sample"),
            unit("examples?", "example"),
            unit("instances?", "instance"),
            unit("groups?", "group"),
            unit("devices?", "device"),
            unit("GPUs?", "GPU"),
            unit("nodes?", "node"),
            unit("sequences?", "sequence"),
            unit("GB|gigabytes?", "GB"),
            unit("TB|terabytes?", "TB"),
            unit("MB|megabytes?", "MB"),
            unit("USD|dollars?|US dollars?", "USD"),
            unit("points?", "point"),
            unit("days?", "day"),
            unit("hours?", "hour"),
            unit("way", "way"),
            unit("languages?", "language"),
            unit("documents?", "document"),
            unit("problems?|questions?", "question"));

    private static final Map<String, String> BY_PREDICATE = readPredicateUnits();

    private Units() {
    }

    private static Map.Entry<Pattern, String> unit(String regex, String name) {
        return Map.entry(Pattern.compile("^(?:" + regex + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE), name);
    }

    /** The unit word that {@code text} starts with, in its one spelling, and how many characters it spans. */
    static Optional<Map.Entry<String, Integer>> leadingUnit(String text) {
        for (Map.Entry<Pattern, String> word : WORDS) {
            Matcher m = word.getKey().matcher(text);
            if (m.find()) return Optional.of(Map.entry(word.getValue(), m.end()));
        }
        return Optional.empty();
    }

    /** One spelling for a unit as a person or a gold file writes it: "GPU hours" → "GPU hour", "%" stays "%". */
    public static String canonical(String unit) {
        if (unit == null) return "";
        String u = unit.strip();
        if (u.isEmpty() || u.equals("%") || u.equalsIgnoreCase("percent")) return u.isEmpty() ? "" : "%";
        if (u.equals("×") || u.equalsIgnoreCase("x") || u.equalsIgnoreCase("times")) return "x";
        Optional<Map.Entry<String, Integer>> known = leadingUnit(u);
        if (known.isPresent() && known.get().getValue() == u.length()) return known.get().getKey();
        return u;
    }

    /** The unit a predicate implies for a bare number, when the vocabulary file names one. */
    public static Optional<String> impliedBy(String canonicalPredicate) {
        return Optional.ofNullable(BY_PREDICATE.get(canonicalPredicate));
    }

    private static Map<String, String> readPredicateUnits() {
        try (InputStream in = Units.class.getResourceAsStream("predicate-units.txt")) {
            if (in == null) throw new IllegalStateException("predicate-units.txt missing from the jar");
            Map<String, String> units = new LinkedHashMap<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#") && line.contains("="))
                    .forEach(line -> units.put(line.substring(0, line.indexOf('=')).strip(),
                            line.substring(line.indexOf('=') + 1).strip()));
            return Map.copyOf(units);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
