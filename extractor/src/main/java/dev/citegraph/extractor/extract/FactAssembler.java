package dev.citegraph.extractor.extract;

import dev.citegraph.extractor.ingest.IngestedReport;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.Section;

/**
 * Turns a proposed fact into a stored one: verifies its quote against the section text and the numbers of its object
 * against the quote, normalises subject, predicate, object and qualifiers, and attaches the citation. A proposal
 * that fails verification comes back as a REJECTED fact with the reason, never dropped and never verified.
 * Implementations are thread-safe: sections are extracted concurrently.
 */
public interface FactAssembler {

    /**
     * Learns what the report makes clear before any of its facts is assembled: what "we" means in it and the short
     * forms it defines, so a fact in §3 resolves like one in §1. An extractor calls it once per report, first.
     */
    void prepare(IngestedReport report);

    Fact assemble(Section section, CandidateFact candidate, String method);
}
