package dev.citegraph.extractor.llm;

import dev.citegraph.graph.error.UserFault;

/**
 * The model cannot be used at all (server unreachable, key refused, model unknown): extraction stops, since every
 * further section would fail the same way. The message says what to check.
 */
public final class LlmUnavailableException extends RuntimeException implements UserFault {
    public LlmUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
