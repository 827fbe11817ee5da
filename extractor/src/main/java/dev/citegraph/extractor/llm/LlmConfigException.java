package dev.citegraph.extractor.llm;

/** A model configuration a person must fix (bad {@code --llm} spec, missing key, unreadable config file): one line. */
public final class LlmConfigException extends RuntimeException {
    public LlmConfigException(String message) {
        super(message);
    }

    public LlmConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
