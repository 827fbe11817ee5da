package dev.citegraph.extractor.llm;

import dev.citegraph.extractor.llm.http.StatusAwareHttpClientBuilder;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

/**
 * Builds the LangChain4j chat model for some settings. LangChain4j's own retries are off ({@code maxRetries(0)}):
 * they ignore {@code Retry-After}, so {@link RetryingChat} retries instead, reading the wait from
 * {@link dev.citegraph.extractor.llm.http.HttpStatusException}, which our HTTP client attaches to every failure.
 */
public final class ChatModels {

    /** Anthropic requires a cap on the answer; a long section's facts fit well within it. */
    static final int ANTHROPIC_MAX_TOKENS = 8192;
    /** Ollama's default context (2K–4K tokens by version) would cut a long section; 8K fits part and answer. */
    static final int OLLAMA_CONTEXT = 8192;
    /** OpenAI-compatible servers without authentication still expect the header to be present. */
    private static final String NO_KEY = "no-key";

    private ChatModels() {
    }

    public static ChatModel create(LlmSettings settings) {
        return switch (settings.spec().provider()) {
            case OPENAI -> OpenAiChatModel.builder()
                    .httpClientBuilder(new StatusAwareHttpClientBuilder())
                    .baseUrl(settings.baseUrl())
                    .apiKey(settings.apiKey() == null ? NO_KEY : settings.apiKey())
                    .modelName(settings.spec().model())
                    .temperature(0.0)
                    .timeout(settings.timeout())
                    .maxRetries(0)
                    .build();
            case OLLAMA -> OllamaChatModel.builder()
                    .httpClientBuilder(new StatusAwareHttpClientBuilder())
                    .baseUrl(settings.baseUrl())
                    .modelName(settings.spec().model())
                    .temperature(0.0)
                    .numCtx(OLLAMA_CONTEXT)
                    .timeout(settings.timeout())
                    .maxRetries(0)
                    .build();
            case ANTHROPIC -> AnthropicChatModel.builder()
                    .httpClientBuilder(new StatusAwareHttpClientBuilder())
                    .baseUrl(settings.baseUrl())
                    .apiKey(settings.apiKey())
                    .modelName(settings.spec().model())
                    .temperature(0.0)
                    .maxTokens(ANTHROPIC_MAX_TOKENS)
                    .timeout(settings.timeout())
                    .maxRetries(0)
                    .build();
        };
    }

    /** Whether the provider takes the wire contract as a JSON schema (OpenAI {@code response_format}, Ollama {@code format}). */
    public static boolean supportsJsonSchema(LlmProvider provider) {
        return provider != LlmProvider.ANTHROPIC;
    }
}
