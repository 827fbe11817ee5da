package dev.citegraph.extractor.ingest;

import dev.citegraph.graph.error.UserFault;

/**
 * A report that cannot be read, told to a person: what is wrong, where (file, page), and what to do about it.
 * The message is one line and complete on its own.
 */
public final class ReportReadException extends RuntimeException implements UserFault {

    /** "FILE[, page N]: WHAT; WHAT TO DO", the shape every reading error takes. */
    public static ReportReadException at(java.nio.file.Path file, String what, String toDo) {
        return new ReportReadException(file + ": " + what + "; " + toDo);
    }

    public static ReportReadException at(java.nio.file.Path file, String what, String toDo, Throwable cause) {
        return new ReportReadException(file + ": " + what + "; " + toDo, cause);
    }

    public ReportReadException(String message) {
        super(message);
    }

    public ReportReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
