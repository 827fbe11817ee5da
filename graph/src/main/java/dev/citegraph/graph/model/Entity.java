package dev.citegraph.graph.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A named thing facts speak of. {@code id} is the canonical key (see {@link #keyOf}); the canonical name is how it is
 * shown; aliases are other spellings seen in reports. Version and size tokens are part of the identity: DeepSeek-V2
 * and DeepSeek-V3 have different keys.
 */
public record Entity(String id, String name, EntityKind kind, Set<String> aliases) {
    public Entity {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) throw new IllegalArgumentException("entity name must not be blank");
        id = id == null || id.isBlank() ? keyOf(name) : id;
        kind = kind == null ? EntityKind.CONCEPT : kind;
        aliases = aliases == null ? Set.of() : Set.copyOf(new TreeSet<>(aliases));
    }

    public static Entity named(String name) {
        return new Entity(null, name, EntityKind.CONCEPT, Set.of());
    }

    public Entity withAliases(Set<String> more) {
        Set<String> all = new TreeSet<>(aliases);
        all.addAll(more);
        all.remove(name);
        return new Entity(id, name, kind, all);
    }

    // Compiled once: keys are computed for every entity of every fact written, and compiling per call showed up in
    // load profiles.
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-_‐‑–—/.·]+");
    private static final Pattern NOT_NAME_CHARACTERS = Pattern.compile("[^\\p{L}\\p{N}+\\-]");
    private static final Pattern DASH_RUNS = Pattern.compile("-+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-|-$");

    /**
     * The key two spellings share when they name the same entity: lower case, punctuation and spaces folded. It keeps
     * every letter and digit, so "DeepSeek-V2" and "DeepSeek-V3" never share a key, nor "7B" and "67B".
     */
    public static String keyOf(String name) {
        String folded = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        folded = SEPARATORS.matcher(folded).replaceAll("-");
        folded = NOT_NAME_CHARACTERS.matcher(folded).replaceAll("");
        folded = DASH_RUNS.matcher(folded).replaceAll("-");
        folded = EDGE_DASHES.matcher(folded).replaceAll("");
        return folded.isEmpty() ? name.trim().toLowerCase(Locale.ROOT) : folded;
    }
}
