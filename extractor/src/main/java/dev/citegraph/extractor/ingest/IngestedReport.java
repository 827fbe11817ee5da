package dev.citegraph.extractor.ingest;

import dev.citegraph.graph.model.Document;
import dev.citegraph.graph.model.Section;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A report read into its document record and its sections in reading order (parents before children), with, for
 * each numbered section of a PDF, why its heading was taken ({@code kg sections --explain}).
 */
public record IngestedReport(Document document, List<Section> sections, Map<String, String> headingEvidence) {
    public IngestedReport {
        Objects.requireNonNull(document, "document");
        sections = List.copyOf(sections);
        headingEvidence = headingEvidence == null ? Map.of() : Map.copyOf(headingEvidence);
    }

    public IngestedReport(Document document, List<Section> sections) {
        this(document, sections, Map.of());
    }

    /** Why the heading of the section numbered {@code number} was taken, or "" when nothing was recorded. */
    public String evidenceFor(String number) {
        return headingEvidence.getOrDefault(number, "");
    }
}
