package dev.citegraph.extractor.llm;

/**
 * Hears about each section part as it completes, from the worker threads: implementations must be thread-safe. The
 * command line draws a progress bar on a terminal and prints plain lines when piped.
 */
public interface ExtractionProgress {

    enum Status { EXTRACTED, CACHED, FAILED }

    void started(String documentId, int parts);

    void partDone(String documentId, SectionChunk chunk, Status status, int done, int total);

    void finished(String documentId);

    /** For library callers that want no output. */
    static ExtractionProgress silent() {
        return new ExtractionProgress() {
            @Override
            public void started(String documentId, int parts) {
            }

            @Override
            public void partDone(String documentId, SectionChunk chunk, Status status, int done, int total) {
            }

            @Override
            public void finished(String documentId) {
            }
        };
    }
}
