package dev.citegraph.queries.query.saved;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Saved queries by name: the starter library shipped in the jar ({@code dev/citegraph/queries/library/}, listed in
 * its {@code index.txt}) and the user's directory of {@code *.kgq} files, whose queries win over shipped ones with
 * the same name.
 */
public final class QueryLibrary {
    static final String RESOURCES = "/dev/citegraph/queries/library/";
    public static final String EXTENSION = ".kgq";

    private final Path userDirectory;

    public QueryLibrary(Path userDirectory) {
        this.userDirectory = userDirectory;
    }

    /** Every query, by name, user queries over shipped ones. */
    public TreeMap<String, SavedQuery> all() {
        TreeMap<String, SavedQuery> queries = new TreeMap<>();
        for (String name : shippedNames()) shipped(name).ifPresent(q -> queries.put(name, q));
        if (userDirectory != null && Files.isDirectory(userDirectory)) {
            try (Stream<Path> files = Files.list(userDirectory)) {
                files.filter(f -> f.getFileName().toString().endsWith(EXTENSION)).sorted()
                        .forEach(f -> queries.put(nameOf(f), read(f)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list saved queries in " + userDirectory, e);
            }
        }
        return queries;
    }

    /** A query by name, or from a file when {@code nameOrPath} ends with .kgq. */
    public Optional<SavedQuery> find(String nameOrPath) {
        if (nameOrPath.endsWith(EXTENSION)) {
            Path file = Path.of(nameOrPath);
            return Files.isRegularFile(file) ? Optional.of(read(file)) : Optional.empty();
        }
        if (userDirectory != null) {
            Path file = userDirectory.resolve(nameOrPath + EXTENSION);
            if (Files.isRegularFile(file)) return Optional.of(read(file));
        }
        return shipped(nameOrPath);
    }

    private static SavedQuery read(Path file) {
        try {
            return SavedQuery.parse(nameOf(file), Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read saved query " + file + ": " + e.getMessage(), e);
        }
    }

    private static Optional<SavedQuery> shipped(String name) {
        if (!name.matches("[a-z0-9][a-z0-9-]*")) return Optional.empty();
        try (InputStream in = QueryLibrary.class.getResourceAsStream(RESOURCES + name + EXTENSION)) {
            if (in == null) return Optional.empty();
            return Optional.of(SavedQuery.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "built-in"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.util.List<String> shippedNames() {
        try (InputStream in = QueryLibrary.class.getResourceAsStream(RESOURCES + "index.txt")) {
            if (in == null) throw new IllegalStateException("query library index missing from the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nameOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - EXTENSION.length());
    }
}
