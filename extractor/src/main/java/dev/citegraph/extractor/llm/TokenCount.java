package dev.citegraph.extractor.llm;

import dev.langchain4j.model.output.TokenUsage;

/**
 * Tokens as the server counted them. {@code unreported} counts answers without usage figures (some local servers
 * send none), so a total is never silently short.
 */
public record TokenCount(long input, long output, int unreported) {

    public static final TokenCount NONE = new TokenCount(0, 0, 0);

    public TokenCount plus(TokenUsage usage) {
        if (usage == null || usage.inputTokenCount() == null) return new TokenCount(input, output, unreported + 1);
        long out = usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
        return new TokenCount(input + usage.inputTokenCount(), output + out, unreported);
    }

    public TokenCount plus(TokenCount other) {
        return new TokenCount(input + other.input, output + other.output, unreported + other.unreported);
    }
}
