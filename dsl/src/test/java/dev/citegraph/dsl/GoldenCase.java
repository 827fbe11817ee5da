package dev.citegraph.dsl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One golden file: sections headed {@code -- query}, {@code -- plan}, {@code -- cypher}, {@code -- sparql},
 * {@code -- answer}, each the exact expected text. With {@code -Dgolden.update=true} the tests rewrite every section
 * but the query from what the code produces (review the diff before committing it).
 */
public record GoldenCase(Path file, Map<String, String> sections) {
    public static final Path DIRECTORY = locate();
    public static final boolean UPDATE = Boolean.getBoolean("golden.update");

    public static List<GoldenCase> all() {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.filter(f -> f.toString().endsWith(".golden")).sorted().map(GoldenCase::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static GoldenCase read(Path file) {
        try {
            Map<String, String> sections = new LinkedHashMap<>();
            String current = null;
            StringBuilder text = new StringBuilder();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("-- ") && line.substring(3).matches("[a-z]+")) {
                    if (current != null) sections.put(current, text.toString().strip());
                    current = line.substring(3);
                    text.setLength(0);
                } else {
                    text.append(line).append('\n');
                }
            }
            if (current != null) sections.put(current, text.toString().strip());
            return new GoldenCase(file, sections);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() {
        return file.getFileName().toString().replace(".golden", "");
    }

    public String query() {
        return sections.get("query");
    }

    public String section(String name) {
        return sections.getOrDefault(name, "");
    }

    /** Writes a section back (update mode only). */
    public synchronized void update(String section, String text) {
        sections.put(section, text.strip());
        StringBuilder out = new StringBuilder();
        sections.forEach((k, v) -> out.append("-- ").append(k).append('\n').append(v).append("\n\n"));
        try {
            Files.writeString(file, out.toString().stripTrailing() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name();
    }

    /** The source directory (not the copy in target/), so update mode edits the files under version control. */
    private static Path locate() {
        for (Path candidate : List.of(Path.of("src/test/resources/golden"), Path.of("dsl/src/test/resources/golden"),
                Path.of("../dsl/src/test/resources/golden"))) {
            if (Files.isDirectory(candidate)) return candidate;
        }
        throw new IllegalStateException("golden directory not found from " + Path.of("").toAbsolutePath());
    }
}
