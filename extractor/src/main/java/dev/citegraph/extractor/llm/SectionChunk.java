package dev.citegraph.extractor.llm;

import dev.citegraph.graph.model.Section;
import dev.citegraph.graph.model.Table;

import java.util.List;
import java.util.Objects;

/**
 * What one model call sees of a section: a verbatim stretch of its text (the whole text unless the section is long),
 * and the section's tables on the first part. {@code part} counts from 1 up to {@code parts}.
 */
public record SectionChunk(String documentTitle, Section section, int part, int parts, String text,
                           List<Table> tables) {

    public SectionChunk {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(text, "text");
        documentTitle = documentTitle == null ? "" : documentTitle;
        tables = List.copyOf(tables);
        if (part < 1 || part > parts) throw new IllegalArgumentException("part " + part + " of " + parts);
    }

    /** "§3.2 Infrastructures (part 2 of 3)": how progress lines and failures name this call. */
    public String label() {
        String name = section.label().isBlank() ? section.id() : section.label();
        return parts == 1 ? name : name + " (part " + part + " of " + parts + ")";
    }
}
