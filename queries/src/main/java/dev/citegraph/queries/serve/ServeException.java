package dev.citegraph.queries.serve;

import dev.citegraph.graph.error.UserFault;

/** The server cannot start: a port in use, an address that cannot be bound, a folder that cannot be made. */
public final class ServeException extends RuntimeException implements UserFault {
    public ServeException(String message, Throwable cause) {
        super(message, cause);
    }

    public ServeException(String message) {
        super(message);
    }
}
