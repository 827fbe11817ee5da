package dev.citegraph.graph.store;

/**
 * A store could not be opened or used for a reason the user can act on. The message is one line: what went wrong,
 * where, and what to do about it.
 */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
