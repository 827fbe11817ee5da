package dev.citegraph.extractor.ingest;

/**
 * A report that cannot be read, told to a person: what is wrong, where (file, page), and what to do about it.
 * The message is one line and complete on its own.
 */
public final class ReportReadException extends RuntimeException {
    public ReportReadException(String message) {
        super(message);
    }

    public ReportReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
