package dev.citegraph.cli;

import dev.citegraph.graph.error.UserFault;

/**
 * An error a person can fix, thrown by a command with a complete one-line message: what is wrong, where, what to do.
 * Library layers have their own such types (ReportReadException, query errors), UserFaults all; this one is for the
 * CLI's own checks.
 */
public final class UserException extends RuntimeException implements UserFault {
    public UserException(String message) {
        super(message);
    }

    public UserException(String message, Throwable cause) {
        super(message, cause);
    }
}
