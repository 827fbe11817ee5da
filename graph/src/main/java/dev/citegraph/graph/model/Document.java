package dev.citegraph.graph.model;

import java.util.Objects;

/**
 * A report as a whole. The id is stable across rebuilds (derived from the file name), the sha256 tells whether the
 * file changed since it was last built.
 */
public record Document(String id, String title, String sourcePath, String sha256, int pages) {
    public Document {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) throw new IllegalArgumentException("document id must not be blank");
        title = title == null || title.isBlank() ? id : title;
        sourcePath = sourcePath == null ? "" : sourcePath;
        sha256 = sha256 == null ? "" : sha256;
        if (pages < 0) throw new IllegalArgumentException("pages must be >= 0, was " + pages);
    }
}
