package dev.citegraph.extractor.llm.http;

import dev.langchain4j.exception.HttpException;

import java.time.Duration;
import java.util.Optional;

/**
 * A non-2xx answer from a model server, with the server's {@code Retry-After} kept. LangChain4j's own
 * {@link HttpException} carries only status and body, so a 429's wait time would be lost; this subclass is still what
 * LangChain4j maps to its typed exceptions (RateLimitException, InternalServerException, ...), and stays their cause.
 */
public final class HttpStatusException extends HttpException {

    private final Duration retryAfter;

    public HttpStatusException(int statusCode, String body, Duration retryAfter) {
        super(statusCode, body);
        this.retryAfter = retryAfter;
    }

    /** How long the server asked us to wait before trying again, when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** The {@code HttpStatusException} somewhere in a cause chain, if any. */
    public static Optional<HttpStatusException> in(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof HttpStatusException status) return Optional.of(status);
            if (t.getCause() == t) break;
        }
        return Optional.empty();
    }
}
