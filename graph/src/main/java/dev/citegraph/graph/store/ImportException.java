package dev.citegraph.graph.store;

/** A file to import is not what it claims to be; the message says where and what is wrong. Nothing was stored. */
public class ImportException extends StoreException {
    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
