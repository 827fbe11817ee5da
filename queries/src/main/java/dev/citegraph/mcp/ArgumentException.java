package dev.citegraph.mcp;

import dev.citegraph.graph.error.UserFault;

/** A tool argument that is missing or of the wrong kind; it becomes a tool error the caller can fix. */
final class ArgumentException extends RuntimeException implements UserFault {
    ArgumentException(String message) {
        super(message, null, false, false);
    }
}
