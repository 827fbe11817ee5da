package dev.citegraph.graph.vocab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Canonical predicate names and their synonyms ("uses" for "adopts", "employs"), read from an editable text file.
 * Extraction maps what a report says to a canonical name; the query language maps what a user types the same way,
 * so "adopts" in a query finds facts the report phrased as "employs". Unknown predicates are kept as said.
 */
public final class PredicateVocabulary {
    private static final String BUILT_IN = "predicates.txt";

    private final Map<String, String> canonicalByKey;
    private final Map<String, Set<String>> synonymsByCanonical;

    private PredicateVocabulary(Map<String, String> canonicalByKey, Map<String, Set<String>> synonymsByCanonical) {
        this.canonicalByKey = Map.copyOf(canonicalByKey);
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        synonymsByCanonical.forEach((k, v) -> copy.put(k, Collections.unmodifiableSet(new LinkedHashSet<>(v))));
        this.synonymsByCanonical = Collections.unmodifiableMap(copy);
    }

    /** The vocabulary shipped with citegraph. */
    public static PredicateVocabulary builtIn() {
        return builtInPlus(List.of());
    }

    /** The shipped vocabulary with the lines of a user's file added; a user line wins over a shipped synonym. */
    public static PredicateVocabulary withUserFile(Path file) {
        try {
            return builtInPlus(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read predicate vocabulary " + file + ": " + e.getMessage()
                    + " (give a readable UTF-8 file, one 'canonical | synonym | ...' line each)", e);
        }
    }

    public static PredicateVocabulary of(List<String> lines) {
        Map<String, String> byKey = new LinkedHashMap<>();
        Map<String, Set<String>> synonyms = new LinkedHashMap<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] names = line.split("\\|");
            String canonical = normalise(names[0]);
            if (canonical.isEmpty()) continue;
            Set<String> set = synonyms.computeIfAbsent(canonical, k -> new LinkedHashSet<>());
            byKey.put(canonical, canonical);
            for (int i = 1; i < names.length; i++) {
                String synonym = normalise(names[i]);
                if (synonym.isEmpty()) continue;
                String previous = byKey.put(synonym, canonical);
                if (previous != null && !previous.equals(canonical)) synonyms.get(previous).remove(synonym);
                set.add(synonym);
            }
        }
        return new PredicateVocabulary(byKey, synonyms);
    }

    private static PredicateVocabulary builtInPlus(List<String> userLines) {
        List<String> lines = new ArrayList<>(readBuiltIn());
        lines.addAll(userLines);
        return of(lines);
    }

    private static List<String> readBuiltIn() {
        try (InputStream in = PredicateVocabulary.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) throw new IllegalStateException("built-in vocabulary " + BUILT_IN + " missing from jar");
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Adopts", "adopts ", "ADOPTS" → "adopts"; "training cost" → "training_cost". */
    public static String normalise(String predicate) {
        return predicate == null ? "" : predicate.strip().toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\-]+", "_").replaceAll("[^\\p{L}\\p{N}_]", "").replaceAll("_+", "_")
                .replaceAll("^_|_$", "");
    }

    /** The canonical name of a predicate, when the vocabulary knows it. */
    public Optional<String> canonical(String predicate) {
        return Optional.ofNullable(canonicalByKey.get(normalise(predicate)));
    }

    /** The canonical name, or the predicate as said (normalised) when the vocabulary does not know it. */
    public String canonicalOrSelf(String predicate) {
        return canonical(predicate).orElseGet(() -> normalise(predicate));
    }

    /** Every spelling that means this predicate, the canonical name first. */
    public List<String> spellings(String canonical) {
        List<String> all = new ArrayList<>();
        all.add(canonical);
        all.addAll(synonymsByCanonical.getOrDefault(canonical, Set.of()));
        return all;
    }

    public Set<String> canonicalNames() {
        return synonymsByCanonical.keySet();
    }

    public boolean knows(String predicate) {
        return canonicalByKey.containsKey(normalise(predicate));
    }
}
