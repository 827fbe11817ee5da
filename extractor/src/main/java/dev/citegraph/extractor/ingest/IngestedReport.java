package dev.citegraph.extractor.ingest;

import dev.citegraph.graph.model.Document;
import dev.citegraph.graph.model.Section;

import java.util.List;
import java.util.Objects;

/** A report read into its document record and its sections in reading order (parents before children). */
public record IngestedReport(Document document, List<Section> sections) {
    public IngestedReport {
        Objects.requireNonNull(document, "document");
        sections = List.copyOf(sections);
    }
}
