package dev.citegraph.cli;

/**
 * An error a person can fix, thrown by a command with a complete one-line message: what is wrong, where, what to do.
 * Library layers have their own such types (ReportReadException, query errors); this one is for the CLI's own checks.
 */
public final class UserException extends RuntimeException {
    public UserException(String message) {
        super(message);
    }

    public UserException(String message, Throwable cause) {
        super(message, cause);
    }
}
