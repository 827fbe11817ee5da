package dev.citegraph.extractor.llm.http;

import dev.langchain4j.exception.NonRetriableException;

/**
 * The model server could not be reached at all (connection refused, unknown host, connect timeout). Not an answer
 * that went wrong but a configuration to fix, so extraction stops instead of failing every section in turn.
 */
public final class ModelServerUnreachableException extends NonRetriableException {

    private final String url;

    public ModelServerUnreachableException(String url, Throwable cause) {
        super("cannot reach the model server at " + url + ": " + describe(cause), cause);
        this.url = url;
    }

    public String url() {
        return url;
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
