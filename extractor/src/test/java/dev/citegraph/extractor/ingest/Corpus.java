package dev.citegraph.extractor.ingest;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared corpus beside the repository: found by walking up from the working directory to a {@code shared} sibling. */
public final class Corpus {

    private Corpus() {
    }

    public static Path shared() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("../shared").normalize();
            if (Files.isDirectory(candidate.resolve("corpus"))) return candidate;
        }
        throw new IllegalStateException("no ../shared/corpus found above " + Path.of("").toAbsolutePath());
    }

    public static Path pdf(String fileName) {
        return shared().resolve("corpus").resolve(fileName);
    }

    public static Path gold(String relative) {
        return shared().resolve("corpus/gold").resolve(relative);
    }
}
