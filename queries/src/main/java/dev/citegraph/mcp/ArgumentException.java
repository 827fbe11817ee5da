package dev.citegraph.mcp;

/** A tool argument that is missing or of the wrong kind; it becomes a tool error the caller can fix. */
final class ArgumentException extends RuntimeException {
    ArgumentException(String message) {
        super(message, null, false, false);
    }
}
