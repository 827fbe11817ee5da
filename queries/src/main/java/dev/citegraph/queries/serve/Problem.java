package dev.citegraph.queries.serve;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.citegraph.dsl.QueryError;
import dev.citegraph.dsl.QueryException;
import dev.citegraph.graph.error.UserFault;

import java.util.Objects;

/**
 * An error as the API reports it: an RFC 9457 problem ({@code application/problem+json}). Query language errors add
 * their stable code, line, column and the query line with a caret under the column; {@code detail} is the same
 * one-line-plus-caret text the CLI prints.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String code,
                      Integer line, Integer column, String caret) {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPES = "https://citegraph.dev/problems/";

    public Problem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
    }

    /** A problem without query position: {@code slug} names its type (bad-request, not-found, ...). */
    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(TYPES + slug, title, status, detail, null, null, null, null, null);
    }

    public Problem at(String instance) {
        return new Problem(type, title, status, detail, instance, code, line, column, caret);
    }

    /** A query the language rejects: 400, its code (S1xx, E2xx, N3xx), position and caret. */
    public static Problem of(QueryException e) {
        QueryError error = e.error();
        String formatted = error.format(e.source());
        int newline = formatted.indexOf('\n');
        String caret = newline < 0 ? null : formatted.substring(newline + 1);
        String slug = switch (error.kind()) {
            case SYNTAX -> "query-syntax";
            case SEMANTIC -> "query-semantics";
            case NAME -> "query-names";
            case REJECTION -> throw new IllegalStateException("a query error never has a rejection code");
        };
        String title = switch (error.kind()) {
            case SYNTAX -> "The query is not well formed";
            case SEMANTIC -> "The query does not make sense";
            case NAME -> "The query names something the graph does not hold";
            case REJECTION -> throw new IllegalStateException("a query error never has a rejection code");
        };
        return new Problem(TYPES + slug, title, 400, formatted, null, error.code().code(), error.position().line(),
                error.position().column(), caret);
    }

    /** Thrown by handlers to answer with a problem; the server's exception mapping writes it. */
    public static final class Failure extends RuntimeException implements UserFault {
        private final Problem problem;

        public Failure(Problem problem) {
            super(problem.detail(), null, false, false);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    public static Failure badRequest(String detail) {
        return new Failure(of(400, "bad-request", "The request is not valid", detail));
    }

    public static Failure notFound(String detail) {
        return new Failure(of(404, "not-found", "Not found", detail));
    }

    public static Failure forbidden(String detail) {
        return new Failure(of(403, "forbidden", "Not allowed on this server", detail));
    }

    public static Failure unprocessable(String slug, String title, String detail) {
        return new Failure(of(422, slug, title, detail));
    }
}
