package dev.citegraph.queries.answer.compare;

import dev.citegraph.graph.model.Citation;

import java.util.Objects;

/** A numbered source under a comparison: which fact a cell shows and where the report says it. */
public record Footnote(int number, String factId, Citation citation) {
    public Footnote {
        Objects.requireNonNull(factId, "factId");
        Objects.requireNonNull(citation, "citation");
        if (number < 1) throw new IllegalArgumentException("footnotes count from 1, was " + number);
    }

    /** {@code deepseek-v3 §4.2 Hyper-Parameters, p.23: "..."}. */
    public String render() {
        return citation.documentId() + " " + citation.render();
    }
}
