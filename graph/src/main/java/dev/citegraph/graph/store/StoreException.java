package dev.citegraph.graph.store;

import dev.citegraph.graph.error.UserFault;

/**
 * A store could not be opened or used for a reason the user can act on. The message is one line: what went wrong,
 * where, and what to do about it.
 */
public class StoreException extends RuntimeException implements UserFault {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
