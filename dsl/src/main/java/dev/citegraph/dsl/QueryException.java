package dev.citegraph.dsl;

import dev.citegraph.graph.error.UserFault;

import java.util.Objects;

/** Thrown when a query cannot be understood; its message is the formatted error with the query line and a caret. */
public final class QueryException extends RuntimeException implements UserFault {
    private final QueryError error;
    private final String source;

    public QueryException(QueryError error, String source) {
        super(error.format(source), null, false, false);
        this.error = Objects.requireNonNull(error, "error");
        this.source = source;
    }

    public QueryError error() {
        return error;
    }

    public String source() {
        return source;
    }
}
