package dev.citegraph.extractor.eval;

import dev.citegraph.graph.error.UserFault;

/** A gold facts file with a line that is not a gold fact; the message names the file and the line. */
public final class GoldFileException extends RuntimeException implements UserFault {
    public GoldFileException(String message) {
        super(message);
    }
}
