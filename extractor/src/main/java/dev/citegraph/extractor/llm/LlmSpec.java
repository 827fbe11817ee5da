package dev.citegraph.extractor.llm;

import dev.citegraph.graph.vocab.EditDistance;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;

/**
 * Which model to ask: {@code PROVIDER:MODEL}. The provider ends at the first colon; the model name keeps the rest, so
 * Ollama tags survive ({@code ollama:qwen2.5:14b} is provider ollama, model {@code qwen2.5:14b}).
 */
public record LlmSpec(LlmProvider provider, String model) {

    private static final String EXAMPLES = "e.g. ollama:qwen2.5:14b or openai:gpt-4o-mini";

    public LlmSpec {
        Objects.requireNonNull(provider, "provider");
        if (model == null || model.isBlank()) throw new IllegalArgumentException("model must not be blank");
    }

    public static LlmSpec parse(String text) {
        if (text == null || text.isBlank()) {
            throw new LlmConfigException("--llm needs PROVIDER:MODEL, " + EXAMPLES);
        }
        String spec = text.trim();
        int colon = spec.indexOf(':');
        if (colon < 0) {
            throw new LlmConfigException("--llm '" + spec + "': no provider; write PROVIDER:MODEL, " + EXAMPLES
                    + " (providers: " + LlmProvider.names() + ")");
        }
        String providerName = spec.substring(0, colon);
        LlmProvider provider = LlmProvider.byId(providerName).orElseThrow(() -> new LlmConfigException(
                "--llm '" + spec + "': unknown provider '" + providerName + "'" + suggestion(providerName)
                        + "; providers: " + LlmProvider.names()));
        String model = spec.substring(colon + 1).trim();
        if (model.isEmpty()) {
            throw new LlmConfigException("--llm '" + spec + "': no model name after '" + providerName + ":', "
                    + EXAMPLES);
        }
        return new LlmSpec(provider, model);
    }

    /** {@code ollama:qwen2.5:14b}: how facts from this model are marked, and part of the cache key. */
    @Override
    public String toString() {
        return provider.id() + ":" + model;
    }

    private static String suggestion(String typed) {
        return Arrays.stream(LlmProvider.values())
                .min(Comparator.comparingInt(p -> EditDistance.between(typed.toLowerCase(java.util.Locale.ROOT), p.id())))
                .filter(p -> EditDistance.between(typed.toLowerCase(java.util.Locale.ROOT), p.id()) <= 2)
                .map(p -> " (did you mean " + p.id() + "?)")
                .orElse("");
    }

}
