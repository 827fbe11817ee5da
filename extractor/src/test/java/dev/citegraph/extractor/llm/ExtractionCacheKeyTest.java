package dev.citegraph.extractor.llm;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Answers are cached per server: the same model name on two servers never shares answers. */
class ExtractionCacheKeyTest {

    private static LlmSettings at(String model, String baseUrl) {
        return new LlmSettings(LlmSpec.parse(model), baseUrl, null, Duration.ofSeconds(30), 1, true, null);
    }

    @Test
    void sameModelNameOnTwoServersHasTwoKeys() {
        String message = "Section 3.1: We train on 14.8T tokens.";

        assertThat(ExtractionCache.key(at("openai:qwen2.5-14b", "http://gpu-a:8000/v1"), message))
                .isNotEqualTo(ExtractionCache.key(at("openai:qwen2.5-14b", "http://gpu-b:8000/v1"), message));
    }

    @Test
    void sameServerSpelledAlikeSharesItsKey() {
        String message = "Section 3.1: We train on 14.8T tokens.";

        assertThat(ExtractionCache.key(at("ollama:qwen2.5:14b", "http://GPU-box:11434/"), message))
                .isEqualTo(ExtractionCache.key(at("ollama:qwen2.5:14b", "http://gpu-box:11434"), message));
    }

    @Test
    void keyStillDependsOnModelAndMessage() {
        LlmSettings settings = at("ollama:qwen2.5:14b", "http://localhost:11434");

        assertThat(ExtractionCache.key(settings, "a")).isNotEqualTo(ExtractionCache.key(settings, "b"));
        assertThat(ExtractionCache.key(settings, "a"))
                .isNotEqualTo(ExtractionCache.key(at("ollama:qwen2.5:7b", "http://localhost:11434"), "a"));
    }
}
