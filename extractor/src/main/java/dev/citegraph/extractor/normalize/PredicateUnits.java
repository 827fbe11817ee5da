package dev.citegraph.extractor.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The unit a predicate implies when a report prints a bare number ("60" layers for {@code num_transformer_layers}),
 * read from the editable resource {@code predicate-units.txt}. How units are spelled is the unit vocabulary's
 * business ({@link dev.citegraph.graph.vocab.UnitVocabulary}); this file only says which unit a predicate counts in.
 */
final class PredicateUnits {
    private static final Map<String, String> BY_PREDICATE = read();

    private PredicateUnits() {
    }

    /** The unit a predicate implies for a bare number, when the file names one. */
    static Optional<String> impliedBy(String canonicalPredicate) {
        return Optional.ofNullable(BY_PREDICATE.get(canonicalPredicate));
    }

    private static Map<String, String> read() {
        try (InputStream in = PredicateUnits.class.getResourceAsStream("predicate-units.txt")) {
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
