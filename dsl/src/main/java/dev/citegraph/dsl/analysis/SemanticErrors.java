package dev.citegraph.dsl.analysis;

import dev.citegraph.dsl.QueryError;
import dev.citegraph.dsl.QueryException;
import dev.citegraph.dsl.ast.Position;
import dev.citegraph.graph.error.ErrorCode;

/** Semantic errors: a query that parses but cannot mean anything. Their codes are ErrorCode's E2xx. */
final class SemanticErrors {
    private SemanticErrors() {
    }

    static QueryException error(String source, ErrorCode code, Position position, String message) {
        if (code.kind() != ErrorCode.Kind.SEMANTIC) throw new IllegalArgumentException(code + " is not semantic");
        return new QueryException(new QueryError(code, position, message), source);
    }
}
