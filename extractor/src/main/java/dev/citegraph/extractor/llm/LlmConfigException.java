package dev.citegraph.extractor.llm;

import dev.citegraph.graph.error.UserFault;

/** A model configuration a person must fix (bad {@code --llm} spec, missing key, unreadable config file): one line. */
public final class LlmConfigException extends RuntimeException implements UserFault {
    public LlmConfigException(String message) {
        super(message);
    }

    public LlmConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
