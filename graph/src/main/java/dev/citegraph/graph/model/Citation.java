package dev.citegraph.graph.model;

import java.util.Objects;

/**
 * Where a fact is written: document, section, page, and the verbatim quote with its character span in the section
 * text. {@code page} is null only where the format has no pages (Markdown, HTML).
 */
public record Citation(
        String documentId,
        String sectionId,
        String sectionNumber,
        String sectionTitle,
        Integer page,
        String quote,
        int start,
        int end) {

    public Citation {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(sectionId, "sectionId");
        Objects.requireNonNull(quote, "quote");
        sectionNumber = sectionNumber == null ? "" : sectionNumber;
        sectionTitle = sectionTitle == null ? "" : sectionTitle;
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }

    public static Citation of(Section section, String quote, int start, int end) {
        return new Citation(section.documentId(), section.id(), section.number(), section.title(),
                section.pageStarts().isEmpty() && section.pageStart() == 0 ? null : section.pageAt(start),
                quote, start, end);
    }

    /** {@code §3.3.1 Mixed Precision Framework, p.15: "..."}. */
    public String render() {
        StringBuilder out = new StringBuilder();
        if (!sectionNumber.isEmpty()) out.append('§').append(sectionNumber).append(' ');
        out.append(sectionTitle);
        if (page != null) out.append(", p.").append(page);
        out.append(": \"").append(quote).append('"');
        return out.toString();
    }
}
