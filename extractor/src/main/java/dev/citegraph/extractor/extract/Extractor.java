package dev.citegraph.extractor.extract;

import dev.citegraph.extractor.ingest.IngestedReport;

/** Turns a report's sections into facts, each verified against its section text or rejected with the reason. */
public interface Extractor {

    ExtractionResult extract(IngestedReport report);

    /** How facts from this extractor are marked: "rules", or the LLM's provider:model. */
    String method();
}
