package dev.citegraph.extractor.build;

import dev.citegraph.graph.model.Document;

import java.nio.file.Path;
import java.util.List;

/** What became of one file in a build. */
public sealed interface BuildOutcome {

    Path file();

    /** The file was read, extracted and stored; its previous facts replaced. */
    record Built(Path file, Document document, int sections, long verifiedFacts, long rejectedFacts,
                 List<String> failedSections) implements BuildOutcome {
        public Built {
            failedSections = List.copyOf(failedSections);
        }
    }

    /** The file could not be read or stored; what was stored before is untouched. */
    record Failed(Path file, String message) implements BuildOutcome {
    }
}
