package dev.citegraph.cli;

import dev.citegraph.graph.error.UserFault;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;

/**
 * Which exceptions are a person's mistake or circumstance (told plainly), as opposed to citegraph's bugs: our own
 * say so by being a {@link UserFault}; of the JDK's, only the two a missing or unreadable file raises.
 */
final class UserErrors {
    private UserErrors() {
    }

    static boolean isUserError(Throwable error) {
        return error instanceof UserFault
                || error instanceof UncheckedIOException
                || error instanceof NoSuchFileException;
    }

    static String message(Throwable error) {
        if (error instanceof NoSuchFileException missing) {
            return "file not found: " + missing.getFile() + " (check the path)";
        }
        if (error instanceof UncheckedIOException io && io.getCause() != null && io.getMessage() == null) {
            return io.getCause().getMessage();
        }
        return error.getMessage();
    }
}
