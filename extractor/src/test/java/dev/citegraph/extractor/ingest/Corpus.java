package dev.citegraph.extractor.ingest;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository's test corpus, {@code testdata/corpus}: found by walking up from the working directory, so that it
 * is there whether a test runs from a module (Maven, an IDE) or a benchmark from the repository root.
 */
public final class Corpus {

    private Corpus() {
    }

    public static Path dir() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path corpus = dir.resolve("testdata/corpus");
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(corpus)) return corpus;
        }
        throw new IllegalStateException("no testdata/corpus in " + start + " or any folder above it: run from inside "
                + "a citegraph checkout, whose root holds pom.xml and the committed testdata/ folder");
    }

    public static Path pdf(String fileName) {
        return dir().resolve(fileName);
    }

    public static Path gold(String relative) {
        return dir().resolve("gold").resolve(relative);
    }
}
