package dev.citegraph.queries.serve;

/** The server cannot start: a port in use, an address that cannot be bound, a folder that cannot be made. */
public final class ServeException extends RuntimeException {
    public ServeException(String message, Throwable cause) {
        super(message, cause);
    }

    public ServeException(String message) {
        super(message);
    }
}
