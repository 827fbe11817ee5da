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
import java.util.Collection;
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
 *
 * <p>Predicates form families: a line {@code training_cost_usd < training_cost} says the first is a kind of the
 * second, and a query on the general predicate finds its kinds. A predicate the vocabulary does not know is taken for
 * a kind of the known predicate its words begin with ({@code training_cost_gpu_hours} of {@code training_cost}).
 */
public final class PredicateVocabulary {
    private static final String BUILT_IN = "predicates.txt";

    private static final String KIND_OF = "<";

    private final Map<String, String> canonicalByKey;
    private final Map<String, Set<String>> synonymsByCanonical;
    private final Map<String, String> parentByKind;

    private PredicateVocabulary(Map<String, String> canonicalByKey, Map<String, Set<String>> synonymsByCanonical,
                                Map<String, String> parentByKind) {
        this.canonicalByKey = Map.copyOf(canonicalByKey);
        // In file order, so that a family lists its kinds (and a compiled query its parameters) the same every run.
        this.parentByKind = Collections.unmodifiableMap(new LinkedHashMap<>(parentByKind));
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
        Map<String, String> parents = new LinkedHashMap<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            if (line.contains(KIND_OF)) {
                String kind = normalise(line.substring(0, line.indexOf(KIND_OF)));
                String parent = normalise(line.substring(line.indexOf(KIND_OF) + 1));
                if (kind.isEmpty() || parent.isEmpty() || kind.equals(parent)) continue;
                parents.put(kind, parent);
                continue;
            }
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
        for (String kind : parents.keySet()) {
            if (!byKey.containsKey(kind)) {
                byKey.put(kind, kind);
                synonyms.put(kind, new LinkedHashSet<>());
            }
        }
        // A kind is named by its canonical name: "training_costs_usd < costs" hangs under training_cost.
        Map<String, String> canonicalParents = new LinkedHashMap<>();
        parents.forEach((kind, parent) -> canonicalParents.put(byKey.getOrDefault(kind, kind),
                byKey.getOrDefault(parent, parent)));
        return new PredicateVocabulary(byKey, synonyms, canonicalParents);
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

    /**
     * The predicate and every kind of it, the predicate first: declared kinds (transitively), and those of
     * {@code observed} (predicates the graph holds) that the vocabulary does not know and whose words begin with the
     * predicate's.
     */
    public List<String> family(String canonical, Collection<String> observed) {
        List<String> family = new ArrayList<>(List.of(canonical));
        for (int i = 0; i < family.size(); i++) {
            String general = family.get(i);
            parentByKind.forEach((kind, parent) -> {
                if (parent.equals(general) && !family.contains(kind)) family.add(kind);
            });
        }
        for (String predicate : observed) {
            if (!family.contains(predicate) && inferredParent(predicate).filter(family::contains).isPresent()) {
                family.add(predicate);
            }
        }
        return family;
    }

    /** The predicate a predicate is declared a kind of. */
    public Optional<String> parent(String canonical) {
        return Optional.ofNullable(parentByKind.get(canonical));
    }

    /**
     * For a predicate the vocabulary does not know: the known one its words begin with, the longest such
     * ({@code training_cost_gpu_hours} → {@code training_cost}), by its canonical name.
     */
    public Optional<String> inferredParent(String predicate) {
        String key = normalise(predicate);
        if (canonicalByKey.containsKey(key)) return Optional.empty();
        String best = null;
        for (String known : canonicalByKey.keySet()) {
            if (key.startsWith(known + "_") && (best == null || known.length() > best.length())) best = known;
        }
        return Optional.ofNullable(best).map(canonicalByKey::get);
    }

    public Set<String> canonicalNames() {
        return synonymsByCanonical.keySet();
    }

    public boolean knows(String predicate) {
        return canonicalByKey.containsKey(normalise(predicate));
    }
}
