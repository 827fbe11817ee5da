package dev.citegraph.extractor.llm;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The model APIs citegraph speaks; {@code OPENAI} is any OpenAI-compatible server (vLLM, llama.cpp, LM Studio, ...). */
public enum LlmProvider {
    OPENAI("openai", "https://api.openai.com/v1"),
    OLLAMA("ollama", "http://localhost:11434"),
    ANTHROPIC("anthropic", "https://api.anthropic.com/v1");

    private final String id;
    private final String defaultBaseUrl;

    LlmProvider(String id, String defaultBaseUrl) {
        this.id = id;
        this.defaultBaseUrl = defaultBaseUrl;
    }

    /** The name used in {@code --llm PROVIDER:MODEL}. */
    public String id() {
        return id;
    }

    public String defaultBaseUrl() {
        return defaultBaseUrl;
    }

    public static Optional<LlmProvider> byId(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.id.equals(wanted)).findFirst();
    }

    /** "openai, ollama, anthropic". */
    public static String names() {
        return Arrays.stream(values()).map(LlmProvider::id).collect(Collectors.joining(", "));
    }
}
